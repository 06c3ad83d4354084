import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import type { List, Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const lists = (r: Resolution): List[] => r.calls.flatMap((c) => c.blocks.filter((b): b is List => b.type === 'list'));

function moved(n: string, edit: (r: Resolution) => string): { mover: string; movedTexts: string[]; ids: number[] } {
  const base = readFileSync(join(DIR, `res-${n}.txt`), 'utf8');
  const res = fromText(base);
  const mover = edit(res);
  const draft = toText(res);
  const changes = compare(fromText(base), fromText(draft));
  const marked = toWordDiff(changes);
  expect(acceptAll(marked)).toBe(draft);
  expect(rejectAll(marked)).toBe(base);
  const to = changes.rows.filter((r) => r.move?.role === 'to');
  return { mover, movedTexts: to.map((r) => r.draft!.text), ids: changes.rows.filter((r) => r.move).map((r) => r.move!.id) };
}

describe('the item the delegate moved is the one marked moved', () => {
  it.each([
    ['down to the end', (items: { text: string }[]) => items.push(items.splice(1, 1)[0])],
    ['up to the top', (items: { text: string }[]) => items.unshift(items.splice(items.length - 2, 1)[0])],
    ['up by three', (items: { text: string }[]) => items.splice(1, 0, items.splice(4, 1)[0])],
  ])('one item moved %s (Res. 5 considering), the others stay in place', (_how, move) => {
    const { mover, movedTexts } = moved('5', (r) => {
      const items = lists(r)[0].items;
      const before = items.map((i) => i.text);
      move(items);
      return items.find((it, k) => it.text !== before[k] && before.indexOf(it.text) !== k && Math.abs(before.indexOf(it.text) - k) > 1)!.text;
    });
    expect(movedTexts).toEqual([mover]);
  });

  it('a moved item that was also edited is still the mover', () => {
    const { movedTexts } = moved('5', (r) => {
      const items = lists(r)[0].items;
      const [it] = items.splice(1, 1);
      it.text = it.text.replace('special measures', 'specific measures');
      items.push(it);
      return it.text;
    });
    expect(movedTexts).toHaveLength(1);
    expect(movedTexts[0]).toContain('specific measures');
  });

  it('moves in two calls get different ids', () => {
    const { ids } = moved('34', (r) => {
      const [a, b] = lists(r);
      a.items.push(a.items.splice(1, 1)[0]);
      b.items.unshift(b.items.pop()!);
      return '';
    });
    expect(new Set(ids)).toEqual(new Set([1, 2]));
  });
});
