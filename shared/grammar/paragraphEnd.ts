import { FOOTNOTE_REF_SOURCE } from './footnoteRef';
import { GRAMMARS, grammarOf } from './grammars';
import type { EndPunctuation, LanguageCode } from './resolutionLanguage';

/**
 * The end-punctuation rule of the resolution text layout: an unlabelled paragraph ends with a
 * comma, semicolon, full stop or colon of one of the six languages (`,` `;` `.` `:`, Arabic `،` `؛`,
 * Chinese `，` `；` `。` `：`); a call carries no end punctuation. The parser tells a call from a
 * paragraph by it, the editor warns with it and the checks read each mark's role through it.
 */

/** What an end mark does: a comma ends a preambular call's last item, a semicolon the other items … */
export type EndRole = keyof EndPunctuation;

const ROLE_OF = new Map<string, EndRole>();
for (const g of GRAMMARS) for (const role of Object.keys(g.punctuation) as EndRole[]) ROLE_OF.set(g.punctuation[role], role);

const PARAGRAPH_END = new RegExp(`[${[...ROLE_OF.keys()].join('')}]$`, 'u');

/** The end punctuation a paragraph may carry, as a reader names it. */
export const PARAGRAPH_END_MARKS = ', ; . or :';

/** Whether a line ends as a paragraph does (`,` `;` `.` `:` in any of the six languages); a line that does not reads as a call. */
export function hasParagraphEnd(line: string): boolean {
  return PARAGRAPH_END.test(line);
}

/** The role of an end mark (`؛` and `；` are semicolons), or undefined for any other character. */
export function endRoleOf(mark: string): EndRole | undefined {
  return ROLE_OF.get(mark);
}

/** The mark a language writes for a role (`semicolon` in Arabic: `؛`). */
export function endMarkFor(role: EndRole, language: LanguageCode): string {
  return grammarOf(language).punctuation[role];
}

/** What may follow the end punctuation: footnote references, closing quotes and brackets, spaces. */
const TRAILING = new RegExp(`(?:${FOOTNOTE_REF_SOURCE.replace('(', '(?:')}|[\\s”’"')\\]»）」』])+$`, 'u');

/** The character that ends a line's text (ignoring footnote references and closing quotes), or ''. */
export function endMark(text: string): string {
  const t = text.replace(TRAILING, '');
  return t ? t[t.length - 1] : '';
}
