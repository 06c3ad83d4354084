import type { TextSpan } from '../engine/changeSet';
import { tokenize } from '../engine/tokenize';
import type { WordRun } from './synopsisTypes';

/** Where each non-space token of a text starts and ends (character offsets). */
function tokenBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const tok of tokenize(text)) {
    if (!/^\s+$/.test(tok)) {
      starts.push(at);
      ends.push(at + tok.length);
    }
    at += tok.length;
  }
  return { starts, ends };
}

/** Number of entries of a sorted array that are `< x` (or `<= x` with `inclusive`). */
function countBelow(xs: number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inclusive ? xs[mid] <= x : xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The word runs of a row's spans (the engine's marks), in the baseline's word coordinates.
 * Whitespace does not count: deleting `quick ` or ` quick` from `the quick fox` is the same run
 * (tokens 1..2), and an insertion sits between two tokens whichever space the marks took along.
 */
export function wordRunsOf(spans: readonly TextSpan[], baseText: string): WordRun[] {
  // the synopsis compares sources by text: a renumbered footnote reference is a change of its number here
  spans = spans.flatMap((s): TextSpan[] => (s.op === 'equal' && s.baseText !== undefined ? [{ op: 'delete', text: s.baseText }, { op: 'insert', text: s.text }] : [s]));
  const { starts, ends } = tokenBounds(baseText);
  const runs: WordRun[] = [];
  let pos = 0;
  let i = 0;
  while (i < spans.length) {
    if (spans[i].op === 'equal') {
      pos += spans[i].text.length;
      i++;
      continue;
    }
    const start = pos;
    let deleted = '';
    let inserted = '';
    while (i < spans.length && spans[i].op !== 'equal') {
      if (spans[i].op === 'delete') deleted += spans[i].text;
      else inserted += spans[i].text;
      i++;
    }
    pos += deleted.length;
    const from = countBelow(starts, start, false);
    const to = Math.max(from, countBelow(ends, pos, true));
    runs.push({ from, to, deleted: deleted.trim(), inserted: inserted.trim(), start, end: pos, replacement: inserted });
  }
  return runs;
}

/** Identity of a word run: the same baseline words replaced by the same words. */
export function wordRunKey(run: WordRun): string {
  return `${run.from}:${run.to}:${run.inserted.replace(/\s+/g, ' ')}`;
}

/**
 * Whether two different word runs on the same baseline line collide: they replace overlapping
 * words, one inserts strictly inside the words the other replaces, or both insert different
 * words at the same point (the order of the two insertions is a choice). Runs that only touch
 * (one ends where the other starts) change different words and do not collide.
 */
export function wordRunsCollide(a: WordRun, b: WordRun): boolean {
  if (wordRunKey(a) === wordRunKey(b)) return false;
  const aGap = a.from === a.to;
  const bGap = b.from === b.to;
  if (aGap && bGap) return a.from === b.from;
  if (aGap) return b.from < a.from && a.from < b.to;
  if (bGap) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}
