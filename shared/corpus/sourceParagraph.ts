import type { ListKind } from '../model/resolution';

/**
 * A paragraph of an ITU source document (the Word original or its plain-text export), before it
 * is placed in a resolution. Both readers (`annexText.ts`, `shared/word/`) yield these, so one
 * splitter (`splitResolutions.ts`) turns either into resolutions.
 */
export interface SourceParagraph {
  /**
   * The paragraph's text: a typed label and its text are separated by a tab; `\n` marks a manual
   * line break (read by `lineBreak.ts`); each footnote reference is {@link FOOTNOTE_MARK}, in the
   * order of `footnotes`.
   */
  text: string;
  /** The bodies of the footnotes referenced in `text`, in order of reference. */
  footnotes: string[];
  /**
   * The label the source's list numbering shows before the paragraph (Word's `w:numPr`, directly
   * or from the paragraph style), which is not in `text`, its list level (0-based) and the list
   * kind its number format gives (`lowerRoman` → roman), when it gives one.
   */
  numbered?: { label: string; level: number; kind?: ListKind };
  /** The paragraph style's name, when the source has one (a hint only). */
  style?: string;
  /** Where the paragraph stands in the source, for reports: `line 123` or `paragraph 45`. */
  where: string;
}

/** Stands for a footnote reference inside {@link SourceParagraph.text} (a private-use character). */
export const FOOTNOTE_MARK = '\uE000';

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * `s` without leading and trailing spaces and tabs (no-break spaces are text and stay). A loop,
 * not `/[ \t]+$/`, which backtracks quadratically on long paragraphs with many spaces.
 */
export function trimBlanks(s: string, ends: 'both' | 'start' | 'end' = 'both'): string {
  let a = 0;
  let b = s.length;
  if (ends !== 'end') while (a < b && isBlank(s.charCodeAt(a))) a++;
  if (ends !== 'start') while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
