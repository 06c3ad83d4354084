/**
 * The engine's memo tables (shared/engine/memo.ts) by themselves: a table keyed by two texts keeps
 * at most its limit and forgets the oldest first text first; a table keyed by two objects goes by
 * identity, never by equal contents; `clearEngineCaches` empties both kinds. And the memoised
 * similarity and word counts give what a fresh computation gives.
 */
import { describe, expect, it } from 'vitest';
import { clearEngineCaches, memoPairs, memoTextPairs } from '../../shared/engine/memo';
import { similarity, wordBag, type WordBag } from '../../shared/engine/similarity';
import { countWords } from '../../shared/engine/tokenize';

describe('memo tables', () => {
  it('a two-text table holds at most its limit, forgetting the oldest first text with all its entries', () => {
    const table = memoTextPairs<number>(3);
    table.set('a', 'x', 1);
    table.set('a', 'y', 2);
    table.set('b', 'x', 3);
    expect([table.get('a', 'x'), table.get('a', 'y'), table.get('b', 'x')]).toEqual([1, 2, 3]);
    table.set('c', 'x', 4);
    expect([table.get('a', 'x'), table.get('a', 'y')]).toEqual([undefined, undefined]);
    expect([table.get('b', 'x'), table.get('c', 'x')]).toEqual([3, 4]);
    // the two texts are not one joined key: ('a', 'bc') is not ('ab', 'c')
    table.set('ab', 'c', 5);
    expect(table.get('a', 'bc')).toBeUndefined();
    expect(table.get('ab', 'c')).toBe(5);
  });

  it('setting an entry again does not count it twice', () => {
    const table = memoTextPairs<number>(2);
    table.set('a', 'x', 1);
    table.set('a', 'x', 2);
    table.set('b', 'x', 3);
    expect([table.get('a', 'x'), table.get('b', 'x')]).toEqual([2, 3]);
  });

  it('a two-object table goes by identity, and clearEngineCaches empties both kinds', () => {
    const pairs = memoPairs<object, string>();
    const texts = memoTextPairs<string>(10);
    const a = { n: 1 };
    const b = { n: 2 };
    pairs.set(a, b, 'ab');
    texts.set('a', 'b', 'ab');
    expect(pairs.get(a, b)).toBe('ab');
    expect(pairs.get(b, a)).toBeUndefined();
    expect(pairs.get({ n: 1 }, b)).toBeUndefined();
    clearEngineCaches();
    expect(pairs.get(a, b)).toBeUndefined();
    expect(texts.get('a', 'b')).toBeUndefined();
  });
});

describe('memoised scores and counts equal fresh ones', () => {
  const lines = [
    'to assist Member States in developing national digital strategies',
    'to assist Member States in developing national strategies',
    'to support regional initiatives',
    '',
    'Member States, Sector Members and Associates',
  ];
  /** Dice similarity computed from scratch, as the memo must give it. */
  function fresh(x: string, y: string): number {
    const words = (t: string): string[] => (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
    const a = words(x);
    const b = words(y);
    if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
    const left = new Map<string, number>();
    for (const w of a) left.set(w, (left.get(w) ?? 0) + 1);
    let common = 0;
    for (const w of b) {
      const n = left.get(w) ?? 0;
      if (n > 0) {
        common++;
        left.set(w, n - 1);
      }
    }
    return (2 * common) / (a.length + b.length);
  }

  it('similarity, asked twice in either order and after clearing', () => {
    for (const x of lines) {
      for (const y of lines) {
        const bx: WordBag = wordBag(x);
        const by: WordBag = wordBag(y);
        const first = similarity(bx, by);
        expect(first).toBeCloseTo(fresh(x, y), 12);
        expect(similarity(bx, by)).toBe(first);
        expect(similarity(by, bx)).toBe(first);
        clearEngineCaches();
        expect(similarity(wordBag(x), wordBag(y))).toBe(first);
      }
    }
  });

  it('word counts, asked twice', () => {
    for (const x of lines) {
      const n = (x.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      expect(countWords(x)).toBe(n);
      expect(countWords(x)).toBe(n);
    }
  });
});
