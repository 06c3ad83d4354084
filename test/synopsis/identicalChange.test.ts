/**
 * An identical change is credited to every source that made it, even where the sources' labels
 * differ (one of them also inserted an item before it, so the same line is `h)` for one and `i)`
 * for the other): one group on the row, and the merge taking either names both.
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { buildSynopsis } from '../../shared/synopsis/buildSynopsis';
import { mergeSynopsis } from '../../shared/synopsis/mergeProposal';
import { copyOf, insertItem, listUnder, reword } from './delegationDrafts';
import { R30 } from './scenario';

const corpus = new Corpus();
const NEW_ITEM = 'the outcomes of the regional preparatory meetings;';

function drafts() {
  const baseline = corpus.resolution('30');
  const a = copyOf(baseline);
  insertItem(a, R30, 1, 'an item only the first source adds;');
  insertItem(a, R30, listUnder(a, R30).items.length, NEW_ITEM);
  reword(a, R30, 5, 'the WSIS+10 Statement', 'the WSIS+10 statement');
  const b = copyOf(baseline);
  insertItem(b, R30, listUnder(b, R30).items.length, NEW_ITEM);
  reword(b, R30, 4, 'the WSIS+10 Statement', 'the WSIS+10 statement');
  return { baseline, a, b };
}

describe('an identical change made by two sources', () => {
  const { baseline, a, b } = drafts();
  const s = buildSynopsis({ number: '30', edition: 'kigali-2022', resolution: baseline }, [
    { name: 'ACP', proposal: 'ACP/1/1', reasons: '', origin: 'a', draft: a },
    { name: 'EUR', proposal: 'EUR/2/1', reasons: '', origin: 'b', draft: b },
  ]);

  it('is one group on its row, with both sources, though their labels differ', () => {
    const inserted = s.rows.find((r) => r.place === 'inserted' && r.entries.some((e) => e.row.draft?.text === NEW_ITEM))!;
    expect(inserted.entries.map((e) => e.row.draft?.label)).toEqual([expect.any(String), expect.any(String)]);
    expect(new Set(inserted.entries.map((e) => e.row.draft?.label)).size).toBe(2);
    expect(inserted.groups.map((g) => g.sources)).toEqual([[0, 1]]);
    const reworded = s.rows.find((r) => r.place === 'baseline' && r.entries.length === 2 && r.entries.every((e) => e.words.length > 0))!;
    expect(reworded.groups.map((g) => g.sources)).toEqual([[0, 1]]);
  });

  it('taken from either source, is credited to both', () => {
    const row = s.rows.findIndex((r) => r.place === 'inserted' && r.entries.some((e) => e.row.draft?.text === NEW_ITEM));
    for (const source of [0, 1]) {
      const m = mergeSynopsis(s, baseline, new Map([[row, { take: 'source', source }]]));
      expect(m.adopted.find((x) => x.row === row)?.sources).toEqual(['ACP', 'EUR']);
    }
  });
});
