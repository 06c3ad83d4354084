import type { ProposalSymbol } from '../engine/changeSet';
import type { ProposalOutcome } from '../engine/proposalOutcome';
import { proposalChanges } from '../export/fromContribution';
import type { Resolution } from '../model/resolution';
import type { SymbolChoice } from '../contribution/schema';
import { checkCitations, type KnownEdition } from './citations';
import { placeAndYearOf, withRevision } from '../grammar/numberLine';
import { nextConferenceYear } from './conferenceCycle';
import { checkEndPunctuation } from './endPunctuation';
import type { Finding, FindingPlace } from './finding';
import { numberLineMismatch } from './numberLineMatch';
import { bodyParts } from './resolutionParts';
import { placeholderMessage, templatePlaceholders } from './templatePlaceholders';
import { impactFindings, type EditionText } from './impact';
import { WTDC_CONFERENCES } from '../corpus/wtdcConferences';
import { said, words, type Message } from '../i18n/translate';

/** Whether edition `id` holds a resolution numbered `number`. */
function heldBy(editions: KnownEdition[], id: string, number: string): boolean {
  return editions.some((e) => e.id === id && e.numbers.includes(number));
}

/** The WTDCs a citation may name: the known list and every edition the app knows. */
function conferencesOf(editions: KnownEdition[]): Array<{ place: string; year: number }> {
  return [...WTDC_CONFERENCES, ...editions.map((e) => ({ place: e.place, year: e.year }))];
}

/** One proposal to check: its draft as a model, and its reasons when it has a place for them. */
export interface ProposalToCheck {
  id?: string;
  baseline: { edition: string; number: string } | null;
  symbol: SymbolChoice;
  draft: Resolution;
  /** `undefined` for a bare draft text (it has no reasons paragraph to check). */
  reasons?: string;
  /**
   * What of a colleague's Word changes is still to review (`2 changes by Jane Colleague awaiting
   * review`, from `pendingReviewLine`); absent or null when nothing is.
   */
  pendingReview?: string | Message | null;
  /** Set when the proposal was submitted and its text has changed since (`proposalLife.ts`). */
  editedAfterSubmission?: { secretariatNumber?: string };
  /** Carried onto a newer edition with this many conflicts still to decide (the proposal's `carried`); absent or 0 when none. */
  carriedConflicts?: number;
  /** The engine's outcome of the proposal when the caller has it already (the app's store): its symbol is taken, not computed again. */
  outcome?: Pick<ProposalOutcome, 'symbol'>;
}

/** What the checks read: the proposals, the target conference, the editions the app knows. */
export interface CheckInput {
  proposals: ProposalToCheck[];
  /** The target conference; `null` for a bare draft text. */
  target: { place: string; year: number } | null;
  /** The adopted text a proposal revises, or null when it is not known. */
  baselineOf(ref: { edition: string; number: string }): Resolution | null;
  editions: KnownEdition[];
  /**
   * Every resolution of an edition, for the impact of a SUP, a renumbering or a changed title on the
   * texts that cite the resolution; absent (or null) when the caller cannot give them.
   */
  editionTexts?(edition: string): EditionText[] | null;
}

/** Revision marks in the word-diff notation pasted into a text (`[-…-]`, `{+…+}`). */
const MARKS = /\[-|-\]|\{\+|\+\}/;

/** The app's words in a proposal's name (`Resolution 34`), as a message; none when the name is the draft's number line. */
function proposalWords(p: ProposalToCheck): FindingPlace['words'] {
  if (p.baseline) return { proposal: words('findings.resolution', { n: p.baseline.number }) };
  return p.draft.numberLine.trim() ? {} : { proposal: words('proposal.draftNew') };
}

/** The app's words in an item's place (`footnote 2`, `paragraph 1`), as a message; none for a label of the text. */
function itemWords(item: string | undefined): FindingPlace['words'] {
  const footnote = item?.match(/^footnote (\S+)$/);
  if (footnote) return { item: words('place.footnoteN', { n: footnote[1]! }) };
  const paragraph = item?.match(/^paragraph (\d+)$/);
  return paragraph ? { item: words('place.paragraphN', { n: paragraph[1]! }) } : {};
}

/** How a proposal is named in a finding: its number line's resolution, or the draft's number line. */
export function proposalName(p: ProposalToCheck): string {
  if (p.baseline) return `Resolution ${p.baseline.number}`;
  return p.draft.numberLine.trim() || 'Draft new resolution';
}

function textsOf(res: Resolution): { text: string; line: number; call?: number; item?: string }[] {
  const { parts, callLines, footnoteLine } = bodyParts(res);
  return [
    { text: res.numberLine, line: 0 },
    { text: res.title, line: 1 },
    { text: res.conferenceLine, line: 2 },
    ...res.calls.map((c, i) => ({ text: c.phrase, line: callLines[i], call: i })),
    ...parts.map((p) => ({ text: p.text, line: p.line, call: p.call, item: p.label })),
    ...res.footnotes.map((f, i) => ({ text: f.text, line: footnoteLine + i, item: `footnote ${f.id}` })),
  ];
}

/** The text of the first line under a call, or null when it has none. */
function firstLineOf(call: Resolution['calls'][number]): string | null {
  const block = call.blocks[0];
  if (!block) return null;
  return block.type === 'paragraph' ? block.text : block.items[0].text;
}

function clipped(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

function emptyParts(res: Resolution, at: (line: number, call?: number, item?: string) => FindingPlace): Finding[] {
  const out: Finding[] = [];
  const { parts, callLines, footnoteLine } = bodyParts(res);
  if (!res.title.trim()) out.push({ code: 'empty-title', severity: 'error', ...said('check.emptyTitle'), place: at(1) });
  res.calls.forEach((c, i) => {
    const first = firstLineOf(c);
    if (!c.phrase.trim() && first !== null) out.push({ code: 'line-without-call', severity: 'error', ...said('check.lineWithoutCall', { line: clipped(first) }), place: at(callLines[i], i) });
    else if (!c.phrase.trim()) out.push({ code: 'empty-call', severity: 'error', ...said('check.emptyCallPhrase'), place: at(callLines[i], i) });
    else if (c.blocks.length === 0) out.push({ code: 'empty-call', severity: 'error', ...said('check.emptyCall', { phrase: c.phrase }), place: at(callLines[i], i) });
  });
  for (const p of parts) {
    if (!p.text.trim()) out.push({ code: `empty-${p.kind}`, severity: 'error', ...said('check.emptyPart', { kind: p.kind }), place: at(p.line, p.call, p.label) });
  }
  res.footnotes.forEach((f, i) => {
    if (!f.text.trim()) out.push({ code: 'empty-footnote', severity: 'error', ...said('check.emptyFootnote', { id: String(f.id) }), place: at(footnoteLine + i, undefined, `footnote ${f.id}`) });
  });
  return out;
}

function key(f: Finding, parts: Map<number, string>): string {
  return `${f.code}\u0001${f.message}\u0001${f.place.call ?? ''}\u0001${parts.get(f.place.line ?? -1) ?? ''}`;
}

/** The text findings of a draft (end punctuation, empty parts, citations), placed in `name`. */
function checkText(p: ProposalToCheck, input: CheckInput, revising: { number: string; edition: string }[]): Finding[] {
  const name = proposalName(p);
  const res = p.draft;
  const at = (line: number, call?: number, item?: string): FindingPlace => {
    const phrase = call !== undefined ? res.calls[call]?.phrase : undefined;
    return {
      ...(p.id ? { proposalId: p.id } : {}),
      proposal: name,
      ...(call !== undefined ? { call: phrase || '(call without a phrase)' } : {}),
      ...(item ? { item } : {}),
      line,
      words: { ...proposalWords(p), ...(call !== undefined && !phrase ? { call: words('place.callWithoutPhrase') } : {}), ...itemWords(item) },
    };
  };
  const findings = [...emptyParts(res, at), ...checkEndPunctuation(res, (part) => at(part.line, part.call, part.label))];
  for (const ph of templatePlaceholders(res)) {
    findings.push({ code: 'template-placeholder', severity: 'error', ...placeholderMessage(ph), place: at(ph.line, ph.call, ph.item) });
  }
  for (const t of textsOf(res)) {
    if (t.line === 0) continue; // the number line names the resolution itself
    findings.push(...checkCitations(t.text, input.editions, revising, at(t.line, t.call, t.item)));
  }
  return findings;
}

/** Findings of the adopted text that a MOD carries unchanged (the delegate did not cause them). */
function inherited(draftFindings: Finding[], p: ProposalToCheck, baseline: Resolution, input: CheckInput): Finding[] {
  const textAt = (res: Resolution): Map<number, string> => new Map(textsOf(res).map((t) => [t.line, t.text]));
  const base = checkText({ ...p, draft: baseline }, input, []);
  const baseText = textAt(baseline);
  const baseKeys = new Set(base.map((f) => key(f, baseText)));
  const draftText = textAt(p.draft);
  return draftFindings.filter((f) => baseKeys.has(key(f, draftText)));
}

/**
 * The checks before sending (itu-conventions.md): end punctuation of preambular and operative
 * items and of the last item; empty items, paragraphs, calls and footnotes; reasons for every
 * proposal (SUP and NOC included); no revision marks in an ADD; citations against the editions the
 * app knows; the target conference; a colleague's changes still to review; placeholders of the
 * draft-new-resolution template left in; a number line that names another resolution than the
 * proposal revises (a renumbering to a free number is no error); the other texts of the edition
 * that cite a resolution a proposal suppresses, renumbers or retitles; a submitted proposal edited
 * since; conflicts with a newer edition still to decide. A MOD is not blamed for what its adopted text already had.
 * Findings come in proposal order, then line order.
 */
export function checkContribution(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const revising = input.proposals.filter((p) => p.baseline && p.symbol !== 'NOC').map((p) => p.baseline!);
  const target = input.target;
  if (target) {
    const place: FindingPlace = { proposal: 'Contribution', item: 'target conference', words: { proposal: words('place.contribution'), item: words('place.targetConference') } };
    if (!target.place.trim()) {
      findings.push({ code: 'target-conference', severity: 'warning', ...said('check.targetNoPlace'), place });
    }
    const cycle = nextConferenceYear(target.year - 1, new Date(Date.UTC(target.year, 0, 1)));
    if (cycle !== target.year) {
      findings.push({ code: 'target-conference', severity: 'warning', ...said('check.targetYear', { year: String(target.year), cycle: String(cycle) }), place });
    }
  }
  for (const p of input.proposals) {
    const name = proposalName(p);
    const where: FindingPlace = { ...(p.id ? { proposalId: p.id } : {}), proposal: name, words: proposalWords(p) };
    const baseline = p.baseline ? input.baselineOf(p.baseline) : null;
    const symbol: ProposalSymbol = p.baseline && !baseline ? (p.symbol === 'auto' ? 'MOD' : p.symbol) : (p.outcome?.symbol ?? proposalChanges(p.symbol, baseline, p.draft).symbol);
    if (p.reasons !== undefined && !p.reasons.trim()) {
      findings.push({ code: 'missing-reasons', severity: 'error', ...said('check.missingReasons', { symbol }), place: where });
    }
    if (p.editedAfterSubmission) {
      const number = p.editedAfterSubmission.secretariatNumber;
      findings.push({
        code: 'edited-after-submission',
        severity: 'warning',
        ...(number ? said('check.editedNumber', { number }) : said('check.edited')),
        place: where,
      });
    }
    if (p.carriedConflicts) {
      const n = p.carriedConflicts;
      findings.push({
        code: 'carried-conflicts',
        severity: 'warning',
        ...said('check.carriedConflicts', { count: n }),
        place: where,
      });
    }
    if (p.pendingReview) {
      findings.push({
        code: 'review-pending',
        severity: 'warning',
        ...said('check.reviewPending', { pending: p.pendingReview }),
        place: where,
      });
    }
    const mismatch = symbol === 'SUP' ? null : numberLineMismatch(p.baseline?.number, p.draft, { baseline, held: (n) => heldBy(input.editions, p.baseline!.edition, n) });
    if (mismatch) {
      findings.push({
        code: 'number-line-mismatch',
        severity: 'error',
        ...said('check.numberLineMismatch', { draft: mismatch.draft, numberLine: p.draft.numberLine, baseline: mismatch.baseline }),
        place: { ...where, line: 0 },
      });
    }
    const texts = p.baseline && baseline ? input.editionTexts?.(p.baseline.edition) : null;
    if (texts && p.baseline && baseline && (symbol === 'SUP' || symbol === 'MOD')) {
      findings.push(...impactFindings({ symbol, baseline: p.baseline, adopted: baseline, draft: p.draft }, texts, where, conferencesOf(input.editions)));
    }
    if (symbol === 'SUP' || symbol === 'NOC') continue;
    const own = checkText(p, input, revising);
    const inheritedFindings = symbol === 'MOD' && baseline ? new Set(inherited(own, p, baseline, input)) : new Set<Finding>();
    findings.push(...own.filter((f) => !inheritedFindings.has(f)));
    if (symbol === 'ADD') {
      for (const t of textsOf(p.draft)) {
        if (MARKS.test(t.text)) {
          findings.push({ code: 'marks-in-add', severity: 'error', ...said('check.marksInAdd'), place: { ...where, line: t.line } });
          break;
        }
      }
    }
    const revisedAs = placeAndYearOf(p.draft.numberLine);
    if (symbol === 'MOD' && target?.place.trim() && !(revisedAs?.place === target.place.trim() && revisedAs.year === target.year)) {
      findings.push({
        code: 'number-line-not-revised',
        severity: 'warning',
        ...said('check.numberLineNotRevised', { numberLine: p.draft.numberLine, revised: withRevision(p.draft.numberLine, target.place.trim(), target.year) }),
        place: { ...where, line: 0 },
      });
    }
  }
  return findings;
}
