import { UNSPACED_CHARACTER } from '../grammar/wordForms';

/**
 * What a manual line break inside a paragraph reads as (a Word `w:br`/`w:cr`, or a line the
 * text export split). A break is not a paragraph break: the resolution text layout has one line
 * per paragraph, so a break becomes what a reader of the page reads across it.
 *
 * - Next to a space it adds nothing: the spaces around it become one (a tab there is kept).
 * - Between two words it is a space: `climate change,` + break + `especially` reads
 *   `climate change, especially` (the words are apart on the page).
 * - After a slash or a hyphen/dash that ends a word, where a line may wrap without a space, it
 *   joins: `forums/seminars/` + break + `workshops` reads `forums/seminars/workshops` (Resolution 5
 *   of Kigali, 2022), `ITU-` + break + `D` reads `ITU-D`.
 * - Between two characters of scripts written without spaces (Chinese, Japanese, Thai, …) it joins.
 * - At the start or end of a paragraph it is nothing.
 */
export function resolveBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '\n' && c !== ' ' && c !== '\t') {
      out += c;
      i++;
      continue;
    }
    let j = i;
    let breaks = false;
    let blank = false;
    while (j < text.length && (text[j] === '\n' || text[j] === ' ' || text[j] === '\t')) {
      if (text[j] === '\n') breaks = true;
      else blank = true;
      j++;
    }
    if (!breaks) out += text.slice(i, j);
    else if (out === '' || j === text.length) out += '';
    else if (blank) out += text.slice(i, j).includes('\t') ? text.slice(i, j).replace(/\n/g, '') : ' ';
    else out += joins(out, text.slice(j)) ? '' : ' ';
    i = j;
  }
  return out;
}

/** Characters after which a line may wrap without a space. */
const WRAP_AFTER = /[/\-\u2010\u2011\u2012\u2013\u2014]$/u;

function joins(before: string, after: string): boolean {
  if (WRAP_AFTER.test(before) && before.length > 1 && !/[ \t]/.test(before[before.length - 2])) return true;
  const last = [...before.slice(-2)].pop() ?? '';
  const first = String.fromCodePoint(after.codePointAt(0) ?? 0x20);
  return UNSPACED_CHARACTER.test(last) && UNSPACED_CHARACTER.test(first);
}
