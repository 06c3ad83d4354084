import { FOOTNOTE_REF_SOURCE } from '../grammar/footnoteRef';
import { DIGIT_JOINER_SOURCE, ELISION_SOURCE, NUMBER_PREFIX_SOURCE, segmenterLocale, UNSPACED_LETTERS, UNSPACED_NUMBER_SOURCE } from '../grammar/wordForms';
import { memoTable } from './memo';

/**
 * Word tokens for revision marks, in every script. A token is one of:
 * - a word: letters and digits, with inner joiners kept inside (`ITU‑D`, `don't`, `5.1`, `e-mail`,
 *   `1,000`, `2,5`, `70/1`, `1 000` with a no-break space, `١٢٫٥`), so a mark never starts or ends
 *   inside a word;
 * - a French elision (`l'`, `d’`, `qu'`) before the word it is elided onto, so `l'Union` →
 *   `l'Organisation` marks `Union` only and never splits a word like `aujourd'hui`;
 * - in scripts written without spaces (Chinese, Japanese, Thai …), a word as `Intl.Segmenter` finds
 *   it, per run of those letters (a run longer than {@link MAX_SEGMENTED_RUN} is segmented in pieces
 *   of that length, counted from the run's start, so the same run always gives the same words), and
 *   a number or date in their form (`2018年10月29日`, `第66号`);
 * - a footnote reference `[^k]`;
 * - a run of whitespace;
 * - any other single character (punctuation is marked on its own: `benefits[-,-]{+;+}`, `؛`, `；`).
 * Arabic words keep their clitics (`والدول`): a clitic is written joined to its word, and a mark
 * never splits a written word. Joining the tokens gives back the text exactly.
 */
const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:(?:['’\-\u2010\u2011.]|${DIGIT_JOINER_SOURCE})[\p{L}\p{N}\p{M}]+)*`;
const TOKEN = new RegExp(String.raw`${FOOTNOTE_REF_SOURCE.replace('(', '(?:')}|${ELISION_SOURCE}|${WORD}|\s+|[\s\S]`, 'gu');

/** Runs of letters written without spaces, and their numbers and dates, in an otherwise ordinary text. */
const UNSPACED_PART = new RegExp(String.raw`(${UNSPACED_NUMBER_SOURCE})|((?:(?!${NUMBER_PREFIX_SOURCE}\p{Nd})[${UNSPACED_LETTERS}])+)`, 'gu');
const HAS_UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');
/** Every unspaced script is at U+0E00 (Thai) or above: a text with nothing there needs no closer look. */
const ABOVE_THAI = /[\u0E00-\uFFFF]/;

/** The longest run of unspaced letters segmented at once (`Intl.Segmenter` slows down on very long strings). */
export const MAX_SEGMENTED_RUN = 1000;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** The words of a run of unspaced letters (Chinese, Japanese, Thai …). */
function segmentRun(run: string, out: string[]): void {
  const s = segmenter(segmenterLocale(run));
  for (let from = 0; from < run.length; from += MAX_SEGMENTED_RUN) {
    for (const seg of s.segment(run.slice(from, from + MAX_SEGMENTED_RUN))) out.push(seg.segment);
  }
}

function ordinaryTokens(text: string, out: string[]): void {
  const found = text.match(TOKEN);
  if (found) for (const t of found) out.push(t);
}

/** Split a line of text into word, space and punctuation tokens. */
export function tokenize(text: string): string[] {
  if (!ABOVE_THAI.test(text) || !HAS_UNSPACED.test(text)) return text.match(TOKEN) ?? [];
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(UNSPACED_PART)) {
    const start = m.index ?? 0;
    if (start > at) ordinaryTokens(text.slice(at, start), out);
    if (m[1] !== undefined) out.push(m[1]);
    else segmentRun(m[2], out);
    at = start + m[0].length;
  }
  if (at < text.length) ordinaryTokens(text.slice(at), out);
  return out;
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
