import { isConferenceLine } from '../grammar/conferenceLine';
import { footnoteRef, stripFootnoteRefs } from '../grammar/footnoteRef';
import { isLabel, TYPED_LABEL_SOURCE } from '../grammar/labels';
import { headingNumber } from '../grammar/numberLine';
import { hasParagraphEnd } from '../grammar/paragraphEnd';
import type { Call, Footnote, Resolution } from '../model/resolution';
import { characterProblem } from '../text/fromText';
import { resolveBreaks } from './lineBreak';
import { labelNoticeText, ListPlacer, type LabelNotice, type LabelSource } from './listPlacer';
import { FOOTNOTE_MARK, trimBlanks, type SourceParagraph } from './sourceParagraph';
import { isReasonsLine, readProposalHeading } from '../word/coverWords';

/** A resolution cut from a source document, as the model. */
export interface SplitResolution {
  /** `5` for `RESOLUTION 5 (Rev. Kigali, 2022)`; `''` for a `DRAFT NEW RESOLUTION [...]`. */
  number: string;
  /** The title without footnote references. */
  title: string;
  /** The resolution, every part in place (labels from position); `toText` gives its layout. */
  resolution: Resolution;
  /** Where its number line stands in the source. */
  where: string;
  /**
   * What was read differently from how the source labels it, one sentence each, with the
   * paragraph (`paragraph 45 (*recognizing*): label "q)" follows "o)"; it is read as "p)", …`).
   */
  notices: string[];
}

/** A paragraph the splitter could not place, with the resolution and position it was found at. */
export interface UnplacedParagraph {
  /** The resolution number it was found in; null before the first resolution. */
  resolution: string | null;
  /** 1-based position of the paragraph within that resolution (number line = 1). */
  position: number;
  where: string;
  text: string;
  reason: string;
}

/** What {@link splitResolutions} found. */
export interface SplitResult {
  resolutions: SplitResolution[];
  unplaced: UnplacedParagraph[];
  /**
   * Paragraphs before the first number line (cover, note, table of contents), and a
   * contribution's proposal headings and reasons with what follows them: not resolutions.
   */
  frontMatter: number;
}

/** A rule or a lone space between resolutions: layout, not text. */
const DECORATION = /^[\s_\u00A0*]*$/;
/** A label followed by a space instead of a tab (the layout parser refuses it too). */
const SPACED_LABEL = new RegExp(`^${TYPED_LABEL_SOURCE} \\S`);

/**
 * Cut a document's paragraphs into resolutions, each read straight into the model: it starts at a
 * number line (`RESOLUTION 5 (Rev. Kigali, 2022)` or `DRAFT NEW RESOLUTION [ABC-1]`, or their form
 * in another of the six languages: `shared/grammar/numberLine.ts`), then its
 * title (lines joined by one space), the conference line, and calls, paragraphs and items, placed
 * by the layout's grammar (a line with a label is an item, one ending `,` `;` `.` `:` a paragraph,
 * any other a call). Labels come from position: a label (typed, or shown by the source's list
 * numbering) only says which list an item continues or opens, and one out of sequence is read
 * where it stands, with a notice. Manual line breaks read as `lineBreak.ts` says. Footnote
 * references are numbered from 1 within each resolution, in reading order. A paragraph that does
 * not fit the layout is left out and reported with its resolution and position, never guessed
 * into place; what is left always reads back through the layout parser unchanged.
 */
export function splitResolutions(paragraphs: SourceParagraph[]): SplitResult {
  const result: SplitResult = { resolutions: [], unplaced: [], frontMatter: 0 };
  let group: SourceParagraph[] | undefined;
  const flush = (): void => {
    if (group) placeResolution(group, result);
  };
  for (const p of paragraphs) {
    const text = p.numbered ? '' : clean(p.text);
    if (!p.numbered && headingNumber(text) !== undefined) {
      flush();
      group = [p];
    } else if (!p.numbered && (readProposalHeading(text) || isReasonsLine(text))) {
      // a contribution's frame around its resolutions (our own export: `MOD<TAB>…`, `Reasons:<TAB>…` and what follows them), not resolution text
      flush();
      group = undefined;
      result.frontMatter++;
    } else if (group) group.push(p);
    else if (!DECORATION.test(p.text)) result.frontMatter++;
  }
  flush();
  return result;
}

function clean(text: string): string {
  return trimBlanks(resolveBreaks(text));
}

/** Footnotes of one resolution, numbered in reading order. */
class Notes {
  readonly list: Footnote[] = [];
  readonly empty: string[] = [];

  /** `text` with each reference mark as `[^k]` (an empty footnote's reference is left out). */
  number(p: SourceParagraph, text: string): string {
    let k = 0;
    return text.split(FOOTNOTE_MARK).reduce((acc, part) => {
      const body = trimBlanks(resolveBreaks(p.footnotes[k++] ?? '').replace(/[\t\n]/g, ' '));
      if (body === '' || characterProblem(body)) {
        this.empty.push(p.where);
        return acc + part;
      }
      this.list.push({ id: this.list.length + 1, text: body });
      return `${acc}${footnoteRef(this.list.length)}${part}`;
    });
  }
}

/** One body paragraph as the layout reads it. */
type Line =
  | { kind: 'item'; label: string; source: LabelSource; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'call'; text: string }
  | { kind: 'unplaced'; reason: string; text: string };

function readLine(p: SourceParagraph): Line {
  const text = clean(p.text).replace(/^([^\t]*)\t+/, '$1\t');
  const bad = characterProblem(text);
  if (bad) return { kind: 'unplaced', reason: bad, text };
  if (p.numbered) {
    const body = trimBlanks(text, 'start');
    if (!isLabel(p.numbered.label) && !p.numbered.kind) {
      return { kind: 'unplaced', reason: `its list number "${p.numbered.label}" is not an item label; expected a label such as a), 1, 1), i) or \u2013`, text };
    }
    return { kind: 'item', label: p.numbered.label, source: { typed: false, level: p.numbered.level, ...(p.numbered.kind ? { kind: p.numbered.kind } : {}) }, text: body };
  }
  const tab = text.indexOf('\t');
  if (tab >= 0) {
    const label = text.slice(0, tab);
    if (!isLabel(label)) return { kind: 'unplaced', reason: `"${label}" is not an item label; expected a label such as a), 1, 1), i) or \u2013 before the tab`, text };
    return { kind: 'item', label, source: { typed: true }, text: text.slice(tab + 1) };
  }
  const spaced = SPACED_LABEL.exec(text);
  if (spaced) return { kind: 'unplaced', reason: `item label "${spaced[1]}" must be followed by a tab, not a space`, text };
  return hasParagraphEnd(text) ? { kind: 'paragraph', text } : { kind: 'call', text };
}

function placeResolution(group: SourceParagraph[], result: SplitResult): void {
  const numberLine = clean(group[0].text);
  const number = headingNumber(numberLine) ?? '';
  const unplaced = (position: number, p: SourceParagraph, reason: string, text = clean(p.text)): void => {
    result.unplaced.push({ resolution: number, position, where: p.where, text, reason });
  };
  const notes = new Notes();
  let i = 1;
  const titleParts: string[] = [];
  while (i < group.length && !isConferenceLine(clean(group[i].text))) {
    if (!DECORATION.test(group[i].text)) titleParts.push(notes.number(group[i], clean(group[i].text).replace(/\t/g, ' ')));
    i++;
  }
  if (i >= group.length) {
    unplaced(1, group[0], 'no conference line ("The World Telecommunication Development Conference (…),") follows the number line');
    return;
  }
  const title = titleParts.join(' ').replace(/ {2,}/g, ' ');
  if (title === '' || characterProblem(title)) {
    unplaced(2, group[0], title === '' ? 'no title between the number line and the conference line' : `the title: ${characterProblem(title)}`);
    return;
  }
  const conferenceLine = notes.number(group[i], clean(group[i].text));
  const calls: Call[] = [];
  const notices: string[] = [];
  // label notices of consecutive items of one list are said in one sentence
  let run: { notices: LabelNotice[]; where: string; lastWhere: string; call: string } | undefined;
  const flushRun = (): void => {
    if (!run) return;
    const where = run.notices.length > 1 ? `${run.where}\u2013${run.lastWhere.replace(/^\D+/, '')}` : run.where;
    notices.push(`${where} (*${run.call}*): ${labelNoticeText(run.notices)}`);
    run = undefined;
  };
  let call: { call: Call; placer: ListPlacer; where: string; position: number; p: SourceParagraph } | undefined;
  const endCall = (): void => {
    if (call && call.call.blocks.length === 0) {
      calls.pop();
      unplaced(call.position, call.p, `the call "${call.call.phrase}" has no text under it (an item or a paragraph ending with , ; . or :)`);
    }
  };
  for (let j = i + 1; j < group.length; j++) {
    const p = group[j];
    if (DECORATION.test(p.text) && !p.numbered) continue;
    const line = readLine(p);
    if (line.kind === 'unplaced') {
      unplaced(j + 1, p, line.reason, line.text);
      continue;
    }
    if (line.kind === 'call') {
      endCall();
      const c: Call = { phrase: notes.number(p, line.text), blocks: [] };
      calls.push(c);
      call = { call: c, placer: new ListPlacer(c), where: p.where, position: j + 1, p };
      continue;
    }
    if (!call) {
      unplaced(j + 1, p, line.kind === 'item' ? `item "${line.label}" comes before any call; expected a call such as "considering"` : 'paragraph comes before any call; expected a call such as "considering"');
      continue;
    }
    if (line.kind === 'paragraph') {
      call.call.blocks.push({ type: 'paragraph', text: notes.number(p, line.text) });
      call.placer.closeAll();
      continue;
    }
    if (trimBlanks(line.text) === '') {
      unplaced(j + 1, p, `item "${line.label}" has no text after the label`);
      continue;
    }
    const notice = call.placer.place(line.label, { text: notes.number(p, line.text) }, line.source);
    const last = run?.notices[run.notices.length - 1];
    if (!notice || !run || notice.after === undefined || notice.list !== last?.list || last.read !== notice.after) flushRun();
    if (notice) {
      if (run) {
        run.notices.push(notice);
        run.lastWhere = p.where;
      } else run = { notices: [notice], where: p.where, lastWhere: p.where, call: call.call.phrase };
    }
  }
  flushRun();
  endCall();
  if (calls.length === 0) {
    unplaced(1, group[0], 'the resolution has no call (such as "considering") with text under it');
    return;
  }
  for (const where of notes.empty) notices.push(`${where}: a footnote there is empty (or holds no text), so its reference is left out`);
  result.resolutions.push({
    number,
    title: stripFootnoteRefs(title),
    resolution: { numberLine, title, conferenceLine, calls, footnotes: notes.list },
    where: group[0].where,
    notices,
  });
}
