/**
 * The engine's incremental path: a LiveComparison kept over a seeded sequence of edits gives,
 * after every edit, exactly the change set of a full `compare(baseline, draft, { moved })` (rows,
 * marks, moves and their ids, splits and merges, footnote renumbering, symbol, counts), on
 * Resolution 34 and the other resolutions (1 ×) and on the 16 × text; and after an edit it makes
 * again only the rows of the stretch that changed.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { LiveComparison } from '../../shared/engine/liveComparison';
import type { ChangeRow } from '../../shared/engine/changeSet';
import type { List, Resolution } from '../../shared/model/resolution';
import { randomEditSequence } from '../support/randomEdits';
import { adopted, longResolution, scaleDraft } from '../support/longResolution';

function followSequence(base: Resolution, start: Resolution, seed: number, steps: number): { kinds: Set<string> } {
  const live = new LiveComparison(base);
  expect(live.update(start)).toEqual(compare(base, start));
  const kinds = new Set<string>();
  let n = 0;
  for (const step of randomEditSequence(start, seed, steps)) {
    n++;
    kinds.add(step.what.split(' ')[0]);
    const expected = compare(base, step.draft, { moved: step.moved });
    expect(live.update(step.draft, { moved: step.moved }), `seed ${seed}, step ${n}: ${step.what}`).toEqual(expected);
  }
  return { kinds };
}

describe('LiveComparison.update equals compare after every edit of a seeded sequence', () => {
  for (const n of ['34', '5', '17', '45', '58']) {
    it(`Resolution ${n} (1 ×)`, () => {
      const base = adopted(n);
      for (const seed of [1, 2, 3]) followSequence(base, base, 2100 + seed * 31 + Number(n), 60);
    });
  }

  it('the 16 × text (about 2,000 lines), from its draft with a word edited every 23 lines', () => {
    const base = longResolution(16);
    const draft = scaleDraft(base);
    const kinds = new Set<string>();
    for (const seed of [7, 8]) for (const k of followSequence(base, draft, 2170 + seed, 40).kinds) kinds.add(k);
    // the sequences met every kind of edit: words, items in and out, moves, splits, merges, footnotes, calls
    expect([...kinds].sort()).toEqual(['call', 'footnote', 'item', 'items', 'words']);
  }, 120_000);

  it('a stretch that did not change is joined again when a line elsewhere makes one of its lines a moved line', () => {
    // two items merged in the first call; then the second item's text typed as a new item of the
    // last call: it is no longer a merge in the first call but a line moved to the last one
    const base = adopted('34');
    const live = new LiveComparison(base);
    const merged = structuredClone(base);
    const items = merged.calls[0].blocks.find((b): b is List => b.type === 'list')!.items;
    const second = items[1].text;
    items.splice(0, 2, { text: `${items[0].text} ${second}` });
    const asMerge = live.update(merged);
    expect(asMerge).toEqual(compare(base, merged));
    expect(asMerge.stats.splitsAndMerges).toBe(1);
    const copied = structuredClone(merged);
    copied.calls.at(-1)!.blocks.find((b): b is List => b.type === 'list')!.items.push({ text: second });
    const asMove = live.update(copied);
    expect(asMove).toEqual(compare(base, copied));
    expect(asMove.stats.splitsAndMerges).toBe(0);
  });

  it('the same live comparison serves drafts given in any order (nothing of a draft is kept but what it holds)', () => {
    const base = adopted('34');
    const live = new LiveComparison(base);
    const drafts = [...randomEditSequence(base, 2199, 12)];
    for (const step of [...drafts].reverse()) expect(live.update(step.draft, { moved: step.moved })).toEqual(compare(base, step.draft, { moved: step.moved }));
  });
});

describe('after an edit only the stretch that changed is made again', () => {
  const firstList = (r: Resolution, call: number): List => r.calls[call].blocks.find((b): b is List => b.type === 'list')!;

  it('typing in one item of the 16 × text: the rows of its call are new, every other row is the last result’s own object', () => {
    const base = longResolution(16);
    const live = new LiveComparison(base);
    const draft = scaleDraft(base);
    const before = live.update(draft).rows;
    const next = structuredClone(draft);
    const call = Math.floor(next.calls.length / 2);
    firstList(next, call).items[0].text = `digital ${firstList(next, call).items[0].text}`;
    const after = live.update(next);
    expect(after).toEqual(compare(base, next));
    const old = new Set<ChangeRow>(before);
    const fresh = after.rows.filter((r) => !old.has(r));
    const callRows = after.rows.filter((r) => r.draft && r.draft.line > 0).length;
    expect(fresh.length).toBeGreaterThan(0);
    // the stretch of one call is a few dozen rows; the text has about 2,000
    expect(fresh.length).toBeLessThan(60);
    expect(callRows).toBeGreaterThan(1900);
  });

  it('an item inserted near the top: the rows below are the same rows moved down (copies with their line numbers), not made again', () => {
    const base = longResolution(16);
    const live = new LiveComparison(base);
    const before = live.update(base).rows;
    const next = structuredClone(base);
    firstList(next, 0).items.splice(1, 0, { text: 'a new item typed near the top of the text;' });
    const after = live.update(next);
    expect(after).toEqual(compare(base, next));
    // below the insertion every row is its old row one line further down
    const tail = after.rows.slice(-1000);
    const oldTail = before.slice(-1000);
    tail.forEach((r, i) => {
      expect(r.spans).toBe(oldTail[i].spans);
      if (r.draft) expect(r.draft.line).toBe(oldTail[i].draft!.line + 1);
    });
  });
});
