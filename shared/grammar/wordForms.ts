import { GRAMMARS } from './grammars';

/**
 * What makes a word, a number or a date in each language, for the tokenizer (marks cover whole
 * words) and the reader of manual line breaks: the scripts written without spaces between words
 * (Chinese, Japanese, Thai …: segmented into words, never marked character by character), French
 * elisions (`l'`, `d'`, `qu'`: a word of their own, so a mark on `Union` in `l'Union` leaves `l'`
 * alone), and the forms of numbers and dates that are one token (`1 000`, `2,5`, `70/1`, `١٢٫٥`,
 * `2018年10月29日`, `第66号`). The data are each language's (`languages/`).
 */

/** Letters of the scripts written without spaces between words, as a character-class body. */
export const UNSPACED_LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;

/** A letter or a punctuation mark (ideographic, full-width) of a script written without spaces. */
export const UNSPACED_CHARACTER = new RegExp(String.raw`[${UNSPACED_LETTERS}\u3000-\u303F\uFF00-\uFFEF]`, 'u');

/** The locale `Intl.Segmenter` segments a run of unspaced letters in, by the script of its first letters. */
export function segmenterLocale(run: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)) return 'ja';
  if (/\p{Script=Thai}/u.test(run)) return 'th';
  if (/\p{Script=Lao}/u.test(run)) return 'lo';
  if (/\p{Script=Khmer}/u.test(run)) return 'km';
  if (/\p{Script=Myanmar}/u.test(run)) return 'my';
  return 'zh';
}

function caseless(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower === upper ? c : `[${lower}${upper}]`;
}

const elisions = [...new Set(GRAMMARS.flatMap((g) => g.elisions ?? []))].sort((a, b) => b.length - a.length);

/**
 * An elided word (`l'`, `d’`, `qu'`, `jusqu'`) before a letter: its own token. For a tokenizer that
 * tries it where a token starts (a word token takes every letter it can, so no token starts inside
 * a word).
 */
export const ELISION_SOURCE = elisions.length
  ? String.raw`(?:${elisions.map((e) => [...e.slice(0, -1)].map((c, i) => (i === 0 ? caseless(c) : c)).join('')).join('|')})['’](?=\p{L})`
  : '(?!)';

const prefixes = [...new Set(GRAMMARS.flatMap((g) => g.numberPrefixes ?? []))];
const suffixes = [...new Set(GRAMMARS.flatMap((g) => g.numberSuffixes ?? []))];
const escape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Characters before a number in an unspaced script that make one token with it (`第`). */
export const NUMBER_PREFIX_SOURCE = prefixes.length ? `[${prefixes.map(escape).join('')}]` : '(?!)';

const suffix = suffixes.length ? `[${suffixes.map(escape).join('')}]` : '(?!)';
const digits = String.raw`\p{Nd}+(?:[.．]\p{Nd}+)?`;

/**
 * A number or date as a language without spaces writes it, one token: `2018年10月29日`, `第66号`,
 * `第3`, `2022年`, `15%` (a prefix, or a suffix, with digits and suffixes in turn).
 */
export const UNSPACED_NUMBER_SOURCE = `(?:${NUMBER_PREFIX_SOURCE})${digits}(?:${suffix}(?:${digits}${suffix})*)?|${digits}${suffix}(?:${digits}${suffix})*`;

const groupSeparators = [...new Set(GRAMMARS.flatMap((g) => g.numberJoiners ?? []))].filter((c) => /\s/u.test(c));
const decimalMarks = [...new Set(GRAMMARS.flatMap((g) => g.numberJoiners ?? []))].filter((c) => !/\s/u.test(c) && c !== ',');

/**
 * What joins two runs of digits into one number (`1,000` and `2,5`, `70/1`, `1 000` with a no-break
 * space before three digits, Arabic `١٢٫٥`): a lookbehind-and-lookahead alternative for the word
 * pattern.
 */
export const DIGIT_JOINER_SOURCE = [
  String.raw`(?<=\p{N})[,/${decimalMarks.map(escape).join('')}](?=\p{N})`,
  ...(groupSeparators.length ? [String.raw`(?<=\p{N})[${groupSeparators.join('')}](?=\p{N}{3}(?!\p{N}))`] : []),
].join('|');
