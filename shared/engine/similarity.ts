import { memoPairs, memoTable } from './memo';
import { isWordToken, tokenize } from './tokenize';

/** A line's words as a bag, for similarity scoring. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

const bags = memoTable<string, WordBag>(4000);

/** The bag of (lower-cased) words of a text (memoised: treat it as read-only). */
export function wordBag(text: string): WordBag {
  const hit = bags.get(text);
  if (hit) return hit;
  const bag = bagOf(text);
  bags.set(text, bag);
  return bag;
}

function bagOf(text: string): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const t of tokenize(text)) {
    if (!isWordToken(t)) continue;
    const w = t.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
    size++;
  }
  return { counts, size };
}

const scores = memoPairs<WordBag, number>();

/**
 * Dice similarity of two word bags: 1 for the same words, 0 for none in common (memoised by the
 * bags' identity: the lines of a stretch are scored against each other again after each keystroke,
 * and only the line typed in has a new bag).
 */
export function similarity(a: WordBag, b: WordBag): number {
  const hit = scores.get(a, b);
  if (hit !== undefined) return hit;
  const s = dice(a, b);
  scores.set(a, b, s);
  return s;
}

function dice(a: WordBag, b: WordBag): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small.counts) {
    const m = large.counts.get(w);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (a.size + b.size);
}
