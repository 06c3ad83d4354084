import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { flatten } from '../../shared/engine/flatten';
import { proposalOutcome } from '../../shared/engine/proposalOutcome';
import type { ChangeSet } from '../../shared/engine/changeSet';
import type { List, Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { toText } from '../../shared/text/toText';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const adopted = (n: string): Resolution => fromText(readFileSync(join(DIR, `res-${n}.txt`), 'utf8'));
const firstList = (r: Resolution): List => r.calls[0].blocks.find((b): b is List => b.type === 'list')!;
/** The layout line of the draft item with this text. */
const lineOf = (r: Resolution, text: string): number => flatten(r).body.find((l) => l.text === text)!.line;
const movedTexts = (c: ChangeSet): string[] => c.rows.filter((r) => r.move?.role === 'to').map((r) => r.draft!.text);

/** Resolution 45, recalling: item h) swapped with g) (the same draft whether g) moved down or h) up). */
function swapped(): { base: Resolution; draft: Resolution; g: string; h: string } {
  const base = adopted('45');
  const draft = structuredClone(base);
  const items = firstList(draft).items;
  const [g, h] = [items[6].text, items[7].text];
  [items[6], items[7]] = [items[7], items[6]];
  return { base, draft, g, h };
}

describe('the editor’s hint decides a tie between two moves; the engine decides the rest', () => {
  it('an item moved over its neighbour: the hinted one is marked moved, either way round, and the laws hold', () => {
    const { base, draft, g, h } = swapped();
    const plain = movedTexts(compare(base, draft));
    expect(plain).toHaveLength(1);
    for (const mover of [g, h]) {
      const changes = compare(base, draft, { moved: [lineOf(draft, mover)] });
      expect(movedTexts(changes)).toEqual([mover]);
      expect(changes.stats.movedItems).toBe(1);
      const marked = toWordDiff(changes);
      expect(acceptAll(marked)).toBe(toText(draft));
      expect(rejectAll(marked)).toBe(toText(base));
    }
  });

  it('of two hints that cannot both be taken, the latest move is', () => {
    const { base, draft, g, h } = swapped();
    // h) was moved up and back (its hint stays), then g) was moved down: g) is the latest move
    expect(movedTexts(compare(base, draft, { moved: [lineOf(draft, h), lineOf(draft, g)] }))).toEqual([g]);
    expect(movedTexts(compare(base, draft, { moved: [lineOf(draft, g), lineOf(draft, h)] }))).toEqual([h]);
  });

  it('a hint that is not a tie changes nothing: an item moved back to its place, an item moved far', () => {
    const base = adopted('45');
    const same = structuredClone(base);
    const item = firstList(same).items[3].text;
    expect(compare(base, same, { moved: [lineOf(same, item)] }).rows.every((r) => r.status === 'unchanged')).toBe(true);

    const far = structuredClone(base);
    const items = firstList(far).items;
    items.splice(10, 0, items.splice(2, 1)[0]);
    const mover = items[10].text;
    // a neighbour hinted instead of the item that really moved: keeping the neighbour costs more lines, so it is not taken
    const neighbour = items[9].text;
    expect(movedTexts(compare(base, far, { moved: [lineOf(far, neighbour)] }))).toEqual([mover]);
    expect(compare(base, far, { moved: [lineOf(far, neighbour)] })).toEqual(compare(base, far));
  });

  it('the proposal outcome carries the hint to its rows, count and view', () => {
    const { base, draft, h } = swapped();
    const o = proposalOutcome({ symbol: 'auto', baseline: base, draft }, { moved: [lineOf(draft, h)] });
    expect(o.symbol).toBe('MOD');
    expect(movedTexts(o.changes)).toEqual([h]);
    expect(o.units).toHaveLength(1);
    expect(o.view.kind).toBe('marked');
    expect(movedTexts({ ...o.changes, rows: o.view.rows })).toEqual([h]);
  });
});

describe('the outcome of a proposal: symbol, change set and count from one rule', () => {
  const base = adopted('45');
  const inserted = structuredClone(base);
  firstList(inserted).items.splice(2, 0, { text: 'Resolution 999 (Baku, 2025) of this conference, on something new;' });

  it('one inserted item relabels the items after it but is one change', () => {
    const o = proposalOutcome({ symbol: 'auto', baseline: base, draft: inserted });
    expect(o.symbol).toBe('MOD');
    expect(o.units).toHaveLength(1);
    expect(o.changes.stats.relabels).toBeGreaterThan(10);
    expect(o.changes.rows.filter((r) => r.status !== 'unchanged' || r.relabelled).length).toBeGreaterThan(10);
  });

  it('chosen symbols: SUP deletes every line, ADD inserts every line, NOC and MOD keep the marks', () => {
    const sup = proposalOutcome({ symbol: 'SUP', baseline: base, draft: inserted });
    expect(sup.symbol).toBe('SUP');
    expect(sup.changes.rows.every((r) => r.status === 'deleted')).toBe(true);
    expect(sup.view.rows.map((r) => r.kind)).toEqual(['numberLine', 'title']);
    const add = proposalOutcome({ symbol: 'auto', baseline: null, draft: inserted });
    expect(add.symbol).toBe('ADD');
    expect(add.changes.rows.every((r) => r.status === 'inserted')).toBe(true);
    expect(add.view.kind).toBe('plain');
    const noc = proposalOutcome({ symbol: 'NOC', baseline: base, draft: inserted });
    expect(noc.symbol).toBe('NOC');
    expect(noc.units).toHaveLength(1);
    expect(proposalOutcome({ symbol: 'auto', baseline: base, draft: base }).symbol).toBe('NOC');
    expect(proposalOutcome({ symbol: 'auto', baseline: base, draft: null }).symbol).toBe('SUP');
    expect(proposalOutcome({ symbol: 'auto', baseline: base, draft: inserted }, { clean: true }).view.kind).toBe('plain');
  });
});
