import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compare } from '../../shared/engine/compare';
import { changeUnits, countChanges } from '../../shared/engine/changeCount';
import { fromText } from '../../shared/text/fromText';
import type { ChangeRow } from '../../shared/engine/changeSet';
import type { Item, List, Resolution } from '../../shared/model/resolution';
import { nextConferenceYear } from '../../shared/checks/conferenceCycle';

const res45 = readFileSync('resources/baseline/kigali-2022/res-45.txt', 'utf8');

/** Resolution 45 with `edit` applied to the items of its first list. */
function withFirstList(edit: (items: Item[]) => void): Resolution {
  const draft = structuredClone(fromText(res45));
  const list = draft.calls.flatMap((c) => c.blocks).find((b): b is List => b.type === 'list')!;
  edit(list.items);
  return draft;
}

describe('the change counter (shared/engine/changeCount)', () => {
  it('one inserted item counts once, however many items after it are relabelled', () => {
    const base = fromText(res45);
    const changes = compare(base, withFirstList((items) => items.splice(1, 0, { text: 'that one item is inserted here;' })));
    expect(changes.stats.relabels).toBeGreaterThan(1);
    expect(countChanges(changes.rows)).toBe(1);
  });

  it('a word changed in two items counts two; no change counts zero', () => {
    const base = fromText(res45);
    expect(countChanges(compare(base, base).rows)).toBe(0);
    const draft = withFirstList((items) => {
      for (const item of items.slice(0, 2)) item.text = `${item.text} added`;
    });
    const units = changeUnits(compare(base, draft).rows);
    expect(units).toHaveLength(2);
  });

  it('an inserted item counts once with its sub-items; a move once for both places', () => {
    const item = (status: ChangeRow['status'], depth: number, move?: ChangeRow['move']): ChangeRow => ({
      kind: 'item',
      status,
      ...(status === 'inserted' ? {} : { base: { text: 'that x;', label: 'a)', depth, line: 0 } }),
      ...(status === 'deleted' ? {} : { draft: { text: 'that x;', label: 'a)', depth, line: 0 } }),
      relabelled: false,
      labelSpans: [],
      spans: [{ op: status === 'inserted' ? 'insert' : status === 'deleted' ? 'delete' : 'equal', text: 'that x;' }],
      move,
    });
    expect(countChanges([item('inserted', 0), item('inserted', 1), item('inserted', 1), item('unchanged', 0)])).toBe(1);
    expect(countChanges([item('inserted', 0), item('inserted', 0)])).toBe(2);
    expect(countChanges([item('deleted', 0, { id: 1, role: 'from' }), item('unchanged', 0), item('inserted', 0, { id: 1, role: 'to' })])).toBe(1);
  });
});

describe('the next conference year', () => {
  it('is the next WTDC of the four-year cycle that has not passed', () => {
    expect(nextConferenceYear(2022, new Date('2023-05-01'))).toBe(2025);
    expect(nextConferenceYear(2022, new Date('2025-03-01'))).toBe(2025);
    expect(nextConferenceYear(2022, new Date('2026-12-01'))).toBe(2029);
    expect(nextConferenceYear(2025, new Date('2025-12-01'))).toBe(2029);
    expect(nextConferenceYear(2017, new Date('2019-01-01'))).toBe(2021);
  });
});
