import type { ChangeRow } from './changeSet';
import { similarity, wordBag } from './similarity';
import { countWords } from './tokenize';

/** A deleted and an inserted item this similar (or more) are one item moved. */
const MOVE_THRESHOLD = 0.85;
/** Items shorter than this many words are not reported as moves (too easily coincidental). */
const MOVE_MIN_WORDS = 3;

/**
 * Pair deleted and inserted items with (nearly) the same text as moves. The alignment before
 * this keeps the longest run of items in order (the longest common subsequence of the lines, then
 * the best order-preserving pairing), so the items left over — the ones marked here — are the
 * fewest that explain the new order: the item the delegate moved, not its neighbours. Ids count
 * from 1 over the whole resolution, so two moves never share one, whatever call they are in.
 * `baseTextOf` gives a deleted row's text in the draft's footnote numbering.
 */
export function markMoves(rows: ChangeRow[], baseTextOf: (row: ChangeRow) => string): void {
  movePairs(rows, baseTextOf).forEach(([from, to], k) => {
    from.move = { id: k + 1, role: 'from' };
    to.move = { id: k + 1, role: 'to' };
  });
}

/**
 * The moves {@link markMoves} marks, without marking them: each pair is the old place (a deleted
 * row) and the new one (an inserted row), the pair at index k having id k + 1. Only deleted and
 * inserted items are read, so `rows` may be just those (in reading order).
 */
export function movePairs(rows: readonly ChangeRow[], baseTextOf: (row: ChangeRow) => string): [ChangeRow, ChangeRow][] {
  const deleted = rows.filter((r) => r.status === 'deleted' && r.kind === 'item' && countWords(r.base!.text) >= MOVE_MIN_WORDS);
  if (deleted.length === 0) return [];
  const texts = new Map(deleted.map((r) => [r, baseTextOf(r)]));
  const bags = new Map(deleted.map((r) => [r, wordBag(texts.get(r)!)]));
  const taken = new Set<ChangeRow>();
  const pairs: [ChangeRow, ChangeRow][] = [];
  for (const ins of rows) {
    if (ins.status !== 'inserted' || ins.kind !== 'item' || countWords(ins.draft!.text) < MOVE_MIN_WORDS) continue;
    const bag = wordBag(ins.draft!.text);
    let best: ChangeRow | undefined;
    let bestScore = MOVE_THRESHOLD;
    for (const del of deleted) {
      if (taken.has(del)) continue;
      const s = texts.get(del) === ins.draft!.text ? 2 : similarity(bags.get(del)!, bag);
      if (s >= bestScore) {
        best = del;
        bestScore = s;
      }
    }
    if (best) {
      taken.add(best);
      pairs.push([best, ins]);
    }
  }
  return pairs;
}
