import * as Y from 'yjs';
import type { ProposalBaseline, SymbolChoice } from '../contribution/schema';
import type { Resolution } from '../model/resolution';
import { lineElementsOf } from './lineElements';
import { readDraft, sharedLines, type SharedLine } from './readLines';

/**
 * A proposal as a Yjs document, the shared state of a co-drafting room:
 *
 * - `draft` (`Y.XmlFragment`): the editor's document exactly as TipTap's Collaboration extension
 *   holds it (`@tiptap/extension-collaboration` with `field: DRAFT_FIELD`, which writes through
 *   `@tiptap/y-tiptap`): one `Y.XmlElement` per line node of the editor's schema (`numberLine`,
 *   `title`, `conferenceLine`, `call`, `paragraph`, `item` with the attributes `depth` (a number)
 *   and `kind` (a list kind), `footnote` with `id` (a number)); a line's text is `Y.XmlText`, each
 *   footnote reference a `footnoteRef` element with `id` between them. Written by
 *   `lineElements.ts`, read by `readLines.ts` (whose comment says what the reader accepts).
 * - `proposal` (`Y.Map`): `baseline` (`{ edition, number }` of the adopted text, or null for a
 *   draft new resolution) and `symbol` (the proposal's symbol choice, `auto` by default).
 * - `reasons` (`Y.Text`): the proposal's reasons.
 *
 * Marks against the adopted text are never stored: every participant computes them from the
 * draft with the engine, as for a proposal on one machine.
 */

/** The name of the draft's `Y.XmlFragment` (TipTap Collaboration's `field` option). */
export const DRAFT_FIELD = 'draft';
/** The name of the `Y.Map` with the proposal's baseline and symbol. */
export const PROPOSAL_FIELD = 'proposal';
/** The name of the `Y.Text` with the proposal's reasons. */
export const REASONS_FIELD = 'reasons';

/** What a room shares of a proposal. */
export interface SharedProposal {
  draft: Resolution;
  baseline: ProposalBaseline | null;
  symbol: SymbolChoice;
  reasons: string;
}

const SYMBOLS: readonly SymbolChoice[] = ['auto', 'MOD', 'ADD', 'SUP', 'NOC'];

/** The draft's fragment of a shared proposal. */
export function draftFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DRAFT_FIELD);
}

/** The `proposal` map of a shared proposal. */
export function proposalMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROPOSAL_FIELD);
}

/** The reasons of a shared proposal. */
export function reasonsText(doc: Y.Doc): Y.Text {
  return doc.getText(REASONS_FIELD);
}

/**
 * Write a proposal into an empty document, in one transaction. Done once, where a room is made
 * (two participants writing the same start would hold every line twice).
 */
export function writeSharedProposal(doc: Y.Doc, proposal: SharedProposal): void {
  doc.transact(() => {
    const fragment = draftFragment(doc);
    if (fragment.length > 0) throw new Error('the shared document already holds a draft');
    fragment.insert(0, lineElementsOf(proposal.draft));
    const map = proposalMap(doc);
    map.set('baseline', proposal.baseline ? { edition: proposal.baseline.edition, number: proposal.baseline.number } : null);
    map.set('symbol', proposal.symbol);
    if (proposal.reasons) reasonsText(doc).insert(0, proposal.reasons);
  });
}

/** What a line is as the reader takes it (kind, text, depth, list kind, footnote number), for telling lines that stayed from lines that changed. */
function lineSignature(line: SharedLine): string {
  return JSON.stringify([line.kind, line.text, line.depth, line.listKind, line.id, line.bis ?? false]);
}

/** Replace a text by another with the least change (common beginning and end kept), so a colleague's typing elsewhere in it stays. */
function replaceText(text: Y.Text, next: string): void {
  const now = text.toString();
  if (now === next) return;
  let start = 0;
  while (start < now.length && start < next.length && now[start] === next[start]) start++;
  let end = 0;
  while (end < now.length - start && end < next.length - start && now[now.length - 1 - end] === next[next.length - 1 - end]) end++;
  text.delete(start, now.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}

/**
 * Bring a room's document to `proposal` as a change made in one window outside the shared draft's
 * editor (the reasons field, the symbol, a proposal carried onto another edition): what is equal is
 * left as it is; the reasons change by their differing middle; the draft's lines that differ (between
 * the lines equal at its beginning and end) are replaced. In one transaction.
 */
export function updateSharedProposal(doc: Y.Doc, proposal: SharedProposal): void {
  doc.transact(() => {
    const map = proposalMap(doc);
    const baseline = proposal.baseline ? { edition: proposal.baseline.edition, number: proposal.baseline.number } : null;
    if (JSON.stringify(baselineOf(map.get('baseline'))) !== JSON.stringify(baseline)) map.set('baseline', baseline);
    if (map.get('symbol') !== proposal.symbol) map.set('symbol', proposal.symbol);
    replaceText(reasonsText(doc), proposal.reasons);
    // both sides read by the one reader of lines, so that how an editor wrote a line's attributes does not count as a change
    const fragment = draftFragment(doc);
    const scratch = new Y.Doc();
    scratch.getXmlFragment(DRAFT_FIELD).insert(0, lineElementsOf(proposal.draft));
    const now = sharedLines(fragment);
    const next = sharedLines(scratch.getXmlFragment(DRAFT_FIELD));
    const [a, b] = [now.map(lineSignature), next.map(lineSignature)];
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    const children = fragment.toArray();
    const gone = now.slice(start, now.length - end).map((l) => children.indexOf(l.node));
    for (const index of gone.sort((x, y) => y - x)) fragment.delete(index, 1);
    const added = next.slice(start, next.length - end).map((l) => (l.node as Y.XmlElement).clone());
    const before = start > 0 ? fragment.toArray().indexOf(now[start - 1].node) + 1 : 0;
    if (added.length) fragment.insert(before, added);
    scratch.destroy();
  });
}

function baselineOf(value: unknown): ProposalBaseline | null {
  if (value && typeof value === 'object') {
    const { edition, number } = value as Record<string, unknown>;
    if (typeof edition === 'string' && typeof number === 'string') return { edition, number };
  }
  return null;
}

/** A shared proposal as it stands: the draft by the reader's rule, the baseline, symbol and reasons. */
export function readSharedProposal(doc: Y.Doc): SharedProposal {
  const map = proposalMap(doc);
  const symbol = map.get('symbol');
  return {
    draft: readDraft(draftFragment(doc)),
    baseline: baselineOf(map.get('baseline')),
    symbol: SYMBOLS.includes(symbol as SymbolChoice) ? (symbol as SymbolChoice) : 'auto',
    reasons: reasonsText(doc).toString(),
  };
}

/** A new document holding a proposal. */
export function sharedProposalDoc(proposal: SharedProposal): Y.Doc {
  const doc = new Y.Doc();
  writeSharedProposal(doc, proposal);
  return doc;
}

/**
 * The document's version: how many operations it holds (the sum of its state vector). Every
 * replica holding the same edits has the same version, and each edit makes it larger.
 */
export function documentVersion(doc: Y.Doc): number {
  let n = 0;
  for (const clock of Y.decodeStateVector(Y.encodeStateVector(doc)).values()) n += clock;
  return n;
}
