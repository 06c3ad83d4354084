import type { ProposalSymbol } from '../engine/changeSet';
import { resolveBreaks } from '../corpus/lineBreak';
import { trimBlanks, type SourceParagraph } from '../corpus/sourceParagraph';
import { splitResolutions, type SplitResolution, type UnplacedParagraph } from '../corpus/splitResolutions';
import { resolutionNumberOf } from '../grammar/numberLine';
import { isLabel } from '../grammar/labels';
import { isPlenaryLine, isReasonsLine, readCoverField, readDocumentLine, readProposalHeading, readReasonsLine } from './coverWords';
import type { Resolution } from '../model/resolution';
import type { DocxContent } from './docxParagraphs';
import { ADMINISTRATION_HEAD, COSIGNATURES_HEADING, COSIGNED_MARK, proposalColumnHead } from '../export/cosignatures';

/** One proposal found in a Word contribution, both sides read into the model. */
export interface WordProposal {
  /** The symbol its heading shows (`MOD`); for a document without headings, MOD when it has revisions, else NOC. */
  symbol: ProposalSymbol;
  /** The proposal number after the symbol (`ACP/23A1/1`), or `''`. */
  number: string;
  /** The resolution number (`34`), or null for a draft new resolution. */
  resolution: string | null;
  /** The resolution with every revision rejected, when that side holds a whole resolution. */
  baseline: Resolution | null;
  /** The resolution with every revision accepted, when that side holds a whole resolution. */
  draft: Resolution | null;
  /** The `Reasons:` paragraph's text (draft side). */
  reasons: string;
  /** Where its heading (or number line) stands. */
  where: string;
  /** Paragraphs of its text that did not fit the resolution layout (left out). */
  unplaced: UnplacedParagraph[];
  /** What was read otherwise than the document labels it (labels out of sequence, …), per side. */
  notices: { draft: string[]; baseline: string[] };
  /** A colleague's revisions on our export, when there are any in this proposal (see {@link ColleagueRevisions}). */
  colleague?: ColleagueRevisions;
  /** The administrations the document's co-signature table marks for this proposal (draft side). */
  cosignatories?: string[];
}

/**
 * What colleagues changed in a proposal of our export: the text as the delegate sent it (the
 * proposal's own revisions accepted, the colleagues' rejected) and who revised it. With several
 * colleagues, each one's text (own revisions and only theirs accepted) tells their changes apart.
 */
export interface ColleagueRevisions {
  /** The resolution as the delegate sent it, when that side holds a whole resolution. */
  before: Resolution | null;
  /** The colleagues who revised this proposal, in order of first appearance. */
  authors: string[];
  /** Per colleague (only with more than one): the resolution with the own revisions and theirs accepted. */
  byAuthor?: Array<{ author: string; draft: Resolution | null }>;
  /** The reasons as the delegate sent them, when a colleague changed them. */
  reasonsBefore?: string;
}

/** The cover of a Word contribution, as far as it could be read (labels as ITU prints them). */
export interface WordCover {
  /** `Source:`, `Title:`, `Priority area:`, … → value, in document order. */
  fields: Record<string, string>;
  /** `Addendum 1 to Document WTDC-25/23-E`, split. */
  document?: { addendum: string; year: number; number: string; language: string };
  /** The first cover lines (conference name, then place and dates). */
  heading: string[];
}

/** What a Word contribution holds. */
export interface WordContribution {
  proposals: WordProposal[];
  cover: WordCover;
  /** The authors of its revisions. */
  authors: string[];
}

/** Two models are the same resolution (they are plain data, built the same way). */
function same(a: Resolution | null | undefined, b: Resolution | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

interface Segment {
  symbol: ProposalSymbol;
  number: string;
  body: SourceParagraph[];
  reasons: string;
  where: string;
  /** Items found after the reasons (where LibreOffice's Compare Document puts deleted paragraphs). */
  notices: string[];
}

/** An item's text: a typed label (or one from list numbering) before it. */
function isItem(p: SourceParagraph, text: string): boolean {
  const tab = text.indexOf('\t');
  return p.numbered !== undefined || (tab > 0 && isLabel(text.slice(0, tab)));
}

/**
 * The co-signatories each segment's column marks in a co-signature table read cell by cell (as the
 * export writes it: `Administration`, one head per proposal, then per row the administration and a
 * mark or nothing under each proposal). Heads name proposals as `proposalColumnHead` does.
 */
function readCosignatures(cells: string[], segs: Segment[]): Map<Segment, string[]> {
  const out = new Map<Segment, string[]>();
  if (cells[0] !== ADMINISTRATION_HEAD) return out;
  const heads = new Map(segs.map((seg, i) => [proposalColumnHead(seg, i + 1), seg]));
  const columns: Segment[] = [];
  let at = 1;
  while (at < cells.length && heads.has(cells[at])) columns.push(heads.get(cells[at++])!);
  if (columns.length === 0) return out;
  for (; at < cells.length; at += columns.length + 1) {
    const name = cells[at];
    if (name === '') continue;
    columns.forEach((seg, k) => {
      if (cells[at + 1 + k] !== COSIGNED_MARK) return;
      out.set(seg, [...(out.get(seg) ?? []), name]);
    });
  }
  return out;
}

/** Cut one side into proposal segments at its `SYMBOL<TAB>number` headings; a co-signature table after them is read too. */
function segments(paragraphs: SourceParagraph[]): { head: SourceParagraph[]; segments: Segment[]; cosignatories: Map<Segment, string[]> } {
  const head: SourceParagraph[] = [];
  const out: Segment[] = [];
  let current: Segment | undefined;
  let inReasons = false;
  let table: string[] | null = null;
  for (const p of paragraphs) {
    const text = trimBlanks(resolveBreaks(p.text));
    if (table) {
      table.push(text);
      continue;
    }
    if (current && !p.numbered && text === COSIGNATURES_HEADING) {
      // the co-signature table ends the last proposal's reasons
      table = [];
      continue;
    }
    const h = p.numbered ? undefined : readProposalHeading(text);
    if (h) {
      current = { symbol: h.symbol as ProposalSymbol, number: h.number, body: [], reasons: '', where: p.where, notices: [] };
      out.push(current);
      inReasons = false;
    } else if (!current) head.push(p);
    else if (isReasonsLine(text)) {
      current.reasons = readReasonsLine(text) ?? '';
      inReasons = true;
    } else if (inReasons) {
      if (text === '') continue;
      current.reasons = current.reasons ? `${current.reasons} ${text}` : text;
      if (isItem(p, text)) {
        const shown = text.length > 50 ? `${text.slice(0, 47)}…` : text;
        current.notices.push(`${p.where}: the item "${shown.replace('\t', ' ')}" stands after the reasons (where LibreOffice's Compare Document puts deleted paragraphs); it is read as part of them`);
      }
    } else current.body.push(p);
  }
  return { head, segments: out, cosignatories: table ? readCosignatures(table, out) : new Map() };
}

function firstResolution(paragraphs: SourceParagraph[]): { res?: SplitResolution; unplaced: UnplacedParagraph[] } {
  const split = splitResolutions(paragraphs);
  return { res: split.resolutions[0], unplaced: split.unplaced };
}

function readCover(head: SourceParagraph[]): WordCover {
  const cover: WordCover = { fields: {}, heading: [] };
  for (const p of head) {
    const text = trimBlanks(resolveBreaks(p.text));
    if (text === '') continue;
    const d = readDocumentLine(text);
    const f = readCoverField(text);
    if (d) cover.document = d;
    else if (f) cover.fields[f.label] = trimBlanks(f.value);
    else if (Object.keys(cover.fields).length === 0 && !cover.document && cover.heading.length < 2 && !isPlenaryLine(text)) cover.heading.push(text);
  }
  return cover;
}

/**
 * Read the proposals of a Word contribution from both sides of the document ({@link DocxContent}):
 * each `SYMBOL<TAB>number` heading (`MOD<TAB>ACP/23A1/1`) starts a proposal whose resolution
 * follows, up to its `Reasons:` paragraph; the baseline is the rejected side, the draft the
 * accepted side. A document without headings (a resolution with tracked changes) gives one
 * proposal per resolution it holds. The two sides are paired by position of their headings.
 * On our export revised by colleagues ({@link DocxContent.before}), each proposal they changed
 * also gets {@link WordProposal.colleague}: the text (and the reasons, when they changed them) as
 * the delegate sent it and who changed it.
 */
export function readWordContribution(content: DocxContent): WordContribution {
  const word = readSides(content);
  if (!content.before) return word;
  const before = readSides({ ...content, draft: content.before }).proposals;
  const byAuthor = (content.byColleague ?? []).map((c) => ({ author: c.author, proposals: readSides({ ...content, draft: c.side }).proposals }));
  word.proposals.forEach((p, i) => {
    const b = partner(before, p, i);
    const drafts = byAuthor.map((a) => ({ author: a.author, draft: partner(a.proposals, p, i)?.draft ?? null }));
    const authors = drafts.length ? drafts.filter((d) => !same(d.draft, b?.draft)).map((d) => d.author) : content.colleagues;
    const reasonsChanged = !!b && b.reasons !== p.reasons;
    if (b && same(b.draft, p.draft) && b.symbol === p.symbol && !reasonsChanged) return;
    p.colleague = { before: b?.draft ?? null, authors: authors.length ? authors : content.colleagues };
    if (drafts.length) p.colleague.byAuthor = drafts;
    if (reasonsChanged && b) p.colleague.reasonsBefore = b.reasons;
  });
  return word;
}

/** The proposal of another side that stands for `p` (same number, else same place). */
function partner(side: WordProposal[], p: WordProposal, i: number): WordProposal | undefined {
  return side.find((s) => s.number !== '' && s.number === p.number) ?? side[i];
}

function readSides(content: DocxContent): WordContribution {
  const draftSide = segments(content.draft);
  const baseSide = segments(content.baseline);
  const proposals: WordProposal[] = [];
  if (draftSide.segments.length === 0) {
    const draft = splitResolutions(content.draft);
    const base = splitResolutions(content.baseline);
    draft.resolutions.forEach((d, i) => {
      const b = base.resolutions.find((r) => r.number !== '' && r.number === d.number) ?? base.resolutions[i];
      proposals.push({
        symbol: d.number === '' ? 'ADD' : content.hasRevisions ? 'MOD' : 'NOC',
        number: '',
        resolution: d.number === '' ? null : d.number,
        baseline: b?.resolution ?? null,
        draft: d.resolution,
        reasons: '',
        where: d.where,
        unplaced: [...draft.unplaced, ...base.unplaced].filter((u) => u.resolution === d.number),
        notices: { draft: d.notices, baseline: b?.notices ?? [] },
      });
    });
    return { proposals, cover: readCover([]), authors: content.authors };
  }
  draftSide.segments.forEach((seg, i) => {
    const baseSeg = baseSide.segments.find((s) => s.number !== '' && s.number === seg.number) ?? baseSide.segments[i];
    const d = firstResolution(seg.body);
    const b = baseSeg ? firstResolution(baseSeg.body) : { unplaced: [] };
    const resolution = d.res?.number || b.res?.number || resolutionNumberIn(seg.body) || null;
    // SUP and NOC print the number and title only: nothing to place, the edition holds the text.
    const titleOnly = (seg.symbol === 'SUP' || seg.symbol === 'NOC') && !d.res;
    proposals.push({
      symbol: seg.symbol,
      number: seg.number,
      resolution,
      baseline: b.res?.resolution ?? null,
      draft: d.res?.resolution ?? null,
      reasons: seg.reasons,
      where: seg.where,
      unplaced: titleOnly ? [] : [...d.unplaced, ...b.unplaced],
      notices: { draft: [...(d.res?.notices ?? []), ...seg.notices], baseline: [...(b.res?.notices ?? []), ...(baseSeg?.notices ?? [])] },
      ...(draftSide.cosignatories.has(seg) ? { cosignatories: draftSide.cosignatories.get(seg) } : {}),
    });
  });
  return { proposals, cover: readCover(draftSide.head), authors: content.authors };
}

/** A title-line number (`34` from `RESOLUTION 34 (Rev. …)`) found in a SUP or NOC proposal's text. */
export function resolutionNumberIn(paragraphs: SourceParagraph[]): string | null {
  for (const p of paragraphs) {
    const n = resolutionNumberOf(trimBlanks(resolveBreaks(p.text)));
    if (n !== undefined) return n;
  }
  return null;
}
