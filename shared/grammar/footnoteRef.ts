/**
 * The footnote-reference grammar of the resolution text layout: a reference is `[^k]` where the
 * superscript stands; a footnote body is the line `[^k]: text`. Every module that reads or writes
 * references (parser, engine, exporters, editor, views) uses these, never its own pattern.
 */

/** Source of one reference `[^k]`, capturing `k` (combine into a RegExp as needed). */
export const FOOTNOTE_REF_SOURCE = String.raw`\[\^(\d+)\]`;

/** A new global pattern over references `[^k]` (capture 1 = `k`); fresh each call, so `lastIndex` is never shared. */
export function footnoteRefPattern(): RegExp {
  return new RegExp(FOOTNOTE_REF_SOURCE, 'g');
}

const WHOLE_REF = new RegExp(`^${FOOTNOTE_REF_SOURCE}$`);
const BODY_LINE = new RegExp(`^${FOOTNOTE_REF_SOURCE}: (.*)$`);

/** The reference text for footnote `k`: `[^k]`. */
export function footnoteRef(k: number): string {
  return `[^${k}]`;
}

/** `k` when `text` is exactly one reference `[^k]`, else undefined. */
export function footnoteRefNumber(text: string): number | undefined {
  const m = WHOLE_REF.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Whether `text` is exactly one footnote reference. */
export function isFootnoteRef(text: string): boolean {
  return WHOLE_REF.test(text);
}

/** A footnote body line `[^k]: text` read as its number and text, or undefined. */
export function parseFootnoteLine(line: string): { id: number; text: string } | undefined {
  const m = BODY_LINE.exec(line);
  return m ? { id: Number(m[1]), text: m[2] } : undefined;
}

/** The footnote numbers referenced in `text`, in order (repeats kept). */
export function footnoteRefsIn(text: string): number[] {
  return [...text.matchAll(footnoteRefPattern())].map((m) => Number(m[1]));
}

/** `text` with every reference removed (what a number line or title prints as without footnotes). */
export function stripFootnoteRefs(text: string): string {
  return text.replace(footnoteRefPattern(), '');
}

/** `text` split around references; odd indexes hold the references themselves (`['a', '[^1]', 'b']`). */
export function splitAtFootnoteRefs(text: string): string[] {
  return text.split(new RegExp(`(${FOOTNOTE_REF_SOURCE.replace('(', '(?:')})`));
}
