/**
 * The end-punctuation rule of the resolution text layout: an unlabelled paragraph ends with
 * `,` `;` `.` or `:`; a call carries no end punctuation. The parser tells a call from a paragraph
 * by it and the editor warns with it; both import it from here.
 */

const PARAGRAPH_END = /[,;.:]$/;

/** The end punctuation a paragraph may carry, as a reader names it. */
export const PARAGRAPH_END_MARKS = ', ; . or :';

/** Whether a line ends as a paragraph does (`,` `;` `.` `:`); a line that does not reads as a call. */
export function hasParagraphEnd(line: string): boolean {
  return PARAGRAPH_END.test(line);
}
