/**
 * The engine's memo tables (shared/engine/memo.ts) and its reuse of the last whole-line diff
 * (align.ts) cannot change a result: along random typing sequences — characters typed and
 * deleted, lines restored to their adopted text, a line made equal to another adopted line, items
 * inserted and deleted — every comparison with warm caches equals the same comparison made cold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromText } from '../../shared/text/fromText';
import { compare } from '../../shared/engine/compare';
import { clearEngineCaches } from '../../shared/engine/memo';
import type { List, Resolution } from '../../shared/model/resolution';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const load = (n: number): Resolution => fromText(readFileSync(join(BUNDLED, `res-${n}.txt`), 'utf8'));

/** Every item of a resolution, in reading order, as a reference to where its text lives. */
function items(res: Resolution): { list: List; index: number }[] {
  const out: { list: List; index: number }[] = [];
  const walk = (list: List): void =>
    list.items.forEach((item, index) => {
      out.push({ list, index });
      if (item.sublist) walk(item.sublist);
    });
  for (const call of res.calls) for (const block of call.blocks) if (block.type === 'list') walk(block);
  return out;
}

type Edit = { kind: 'type' | 'erase' | 'restore' | 'copy' | 'insertItem' | 'deleteItem'; line: number; at: number; other: number };

const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('type', 'type', 'type', 'erase', 'erase', 'restore', 'copy', 'insertItem', 'deleteItem'),
  // mostly a few lines edited again and again, as a delegate types: a line typed into and then
  // restored to its adopted text is the case a careless reuse gets wrong
  line: fc.oneof({ arbitrary: fc.nat(3), weight: 3 }, { arbitrary: fc.nat(), weight: 1 }),
  at: fc.nat(),
  other: fc.nat(),
});

function apply(draft: Resolution, base: Resolution, e: Edit): Resolution {
  const next = structuredClone(draft);
  const its = items(next);
  const adopted = items(base);
  if (its.length === 0) return next;
  const { list, index } = its[e.line % its.length];
  const item = list.items[index];
  const at = e.at % (item.text.length + 1);
  switch (e.kind) {
    case 'type':
      item.text = item.text.slice(0, at) + 'ab '[e.other % 3] + item.text.slice(at);
      break;
    case 'erase':
      item.text = item.text.slice(0, at) + item.text.slice(at + 1);
      break;
    case 'restore':
    case 'copy': {
      const source = adopted[(e.kind === 'restore' ? e.line : e.other) % adopted.length];
      item.text = source.list.items[source.index].text;
      break;
    }
    case 'insertItem':
      list.items.splice(index, 0, { text: 'a new item on digital inclusion;' });
      break;
    case 'deleteItem':
      if (list.items.length > 1) list.items.splice(index, 1);
      break;
  }
  return next;
}

describe('memoised engine work', () => {
  it('a warm comparison equals a cold one after every edit of random typing sequences', () => {
    const base = load(34);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 5, maxLength: 40 }), (edits) => {
        clearEngineCaches();
        const drafts: Resolution[] = [];
        let draft = base;
        for (const e of edits) drafts.push((draft = apply(draft, base, e)));
        const warm = drafts.map((d) => JSON.stringify(compare(base, d)));
        drafts.forEach((d, i) => {
          clearEngineCaches();
          expect(warm[i]).toBe(JSON.stringify(compare(base, d)));
        });
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });
});
