import { FOOTNOTE_REF_SOURCE } from '../grammar/footnoteRef';
import { memoTable } from './memo';

/**
 * Word tokens for revision marks. A token is one of:
 * - a word: letters and digits, with inner joiners kept inside (`ITU‑D`, `don't`, `5.1`, `e-mail`,
 *   `1,000`),
 *   so a mark never starts or ends inside a word;
 * - a footnote reference `[^k]`;
 * - a run of whitespace;
 * - any other single character (punctuation is marked on its own: `benefits[-,-]{+;+}`).
 * Joining the tokens gives back the text exactly.
 */
const TOKEN = new RegExp(String.raw`${FOOTNOTE_REF_SOURCE.replace('(', '(?:')}|[\p{L}\p{N}\p{M}]+(?:(?:['’\-\u2010\u2011.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*|\s+|[\s\S]`, 'gu');

/** Split a line of text into word, space and punctuation tokens. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whether a token is a word (letters/digits) rather than space or punctuation. */
export function isWordToken(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token);
}

const wordCounts = memoTable<string, number>(4000);

/** Number of word tokens in a text (what the stats count; memoised). */
export function countWords(text: string): number {
  const hit = wordCounts.get(text);
  if (hit !== undefined) return hit;
  let n = 0;
  for (const t of tokenize(text)) if (isWordToken(t)) n++;
  wordCounts.set(text, n);
  return n;
}
