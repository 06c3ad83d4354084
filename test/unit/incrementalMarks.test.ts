/**
 * The editor's marks through the engine's incremental path (issue 21 point 1), without a browser:
 * the revision-marks plugin fed by a LiveComparison (as the store feeds it) follows a seeded
 * sequence of edits (test/support/randomEdits.ts: words, items in and out, moves with the
 * delegate's hint, splits, merges, footnotes added and dropped, call phrases), each one a
 * transaction that replaces the stretch of the document that differs, then typing at the caret.
 * After every transaction its change set is exactly `compare(baseline, toModel(doc), { moved })`
 * and its decorations, redrawn only where rows changed, are those drawn from scratch; on the 16 ×
 * text, typing in one line draws only that line again.
 */
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { compare } from '../../shared/engine/compare';
import { LiveComparison } from '../../shared/engine/liveComparison';
import type { Resolution } from '../../shared/model/resolution';
import { fromModel } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { itemPlaces } from '../../renderer/editor/itemLabels';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { guardStructure } from '../../renderer/editor/structureGuard';
import { MOVED_BLOCKS_META } from '../../renderer/editor/moveItems';
import { revisionMarksKey, revisionMarksPlugin } from '../../renderer/editor/revisionMarks';
import { drawAll } from '../../renderer/editor/markSegments';
import { randomEditSequence } from '../support/randomEdits';
import { adopted, longResolution, scaleDraft } from '../support/longResolution';

const schema = getSchema(RESOLUTION_NODES);

function start(base: Resolution, draft: Resolution): { state: EditorState; live: LiveComparison } {
  const live = new LiveComparison(base);
  const doc = PMNode.fromJSON(schema, fromModel(draft));
  const state = EditorState.create({ doc, plugins: [revisionMarksPlugin(base, 'marked', (d, moved) => live.update(d, { moved }))] });
  return { state, live };
}

/** Apply a transaction and the structure guard, as the editor does. */
function apply(state: EditorState, tr: Transaction): EditorState {
  const next = state.apply(tr);
  const fix = guardStructure(next);
  return fix ? next.apply(fix) : next;
}

/** The transaction that makes the document hold `draft`: the stretch that differs replaced (as another source's draft comes in). */
function towards(state: EditorState, draft: Resolution, movedLines: number[]): Transaction | null {
  const next = schema.nodeFromJSON(fromModel(draft));
  const current = state.doc;
  const from = current.content.findDiffStart(next.content);
  if (from === null) return null;
  let { a: endA, b: endB } = current.content.findDiffEnd(next.content)!;
  const overlap = from - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const tr = state.tr.replace(from, endA, next.slice(from, endB));
  // the delegate's moves, where the moved blocks now start (the hint the move command gives)
  const starts: number[] = [];
  tr.doc.forEach((_n, offset) => starts.push(offset));
  const positions = movedLines.flatMap((line) => (line < starts.length ? [starts[line]] : []));
  return positions.length ? tr.setMeta(MOVED_BLOCKS_META, positions.slice(-1)) : tr;
}

function describeDecos(decos: Decoration[]): string[] {
  return decos
    .map((d) => {
      const spec = d.spec as { key?: string; side?: number };
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs;
      return `${d.from}-${d.to} ${spec.key ?? ''} ${spec.side ?? ''} ${attrs ? JSON.stringify(attrs) : ''}`;
    })
    .sort();
}

function check(base: Resolution, state: EditorState, where: string): void {
  const s = revisionMarksKey.getState(state)!;
  const model = toModel(state.doc);
  const expected = compare(base, model, { moved: s.moved });
  expect(s.changes, where).toEqual(expected);
  const fresh = drawAll(state.doc, expected, itemPlaces(state.doc), 'marked');
  expect(describeDecos(s.decorations.find()), where).toEqual(describeDecos(fresh.decorations.find()));
}

/** Typing at the start of the text of the block at `index`. */
function typeAt(state: EditorState, index: number, text: string): EditorState {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return apply(state, state.tr.insertText(text, pos + 1));
}

function follow(base: Resolution, draft: Resolution, seed: number, steps: number): void {
  let { state } = start(base, draft);
  check(base, state, 'opened');
  let n = 0;
  for (const step of randomEditSequence(draft, seed, steps)) {
    n++;
    const tr = towards(state, step.draft, step.moved);
    if (tr) state = apply(state, tr);
    check(base, state, `seed ${seed}, step ${n}: ${step.what}`);
    state = typeAt(state, 3 + ((seed * 31 + n * 17) % (state.doc.childCount - 3)), 'x');
    check(base, state, `seed ${seed}, step ${n}: typed after ${step.what}`);
  }
}

describe('the marks of the incremental engine equal compare after every transaction', () => {
  for (const n of ['34', '45', '17']) {
    it(`Resolution ${n} (1 ×)`, () => {
      const base = adopted(n);
      for (const seed of [1, 2]) follow(base, base, 2300 + seed * 7 + Number(n), 40);
    });
  }

  it('the 16 × text', () => {
    const base = longResolution(16);
    follow(base, scaleDraft(base), 2316, 24);
  }, 180_000);
});

describe('only the lines whose rows changed are drawn again', () => {
  it('typing in one line of the 16 × text draws that line again, and no other', () => {
    const base = longResolution(16);
    let { state } = start(base, scaleDraft(base));
    const before = revisionMarksKey.getState(state)!.segments;
    const index = Math.floor(state.doc.childCount / 2);
    expect(state.doc.child(index).type.name).not.toBe('footnote');
    state = typeAt(state, index, 'digital ');
    const after = revisionMarksKey.getState(state)!.segments;
    const redrawn = after.flatMap((seg, i) => (seg.id !== before[i].id ? [i] : []));
    expect(redrawn).toEqual([index]);
    check(base, state, 'typed');
  });

  it('a line inserted near the top: the lines below keep their decorations (mapped down, not drawn again)', () => {
    const base = longResolution(16);
    let { state } = start(base, base);
    const before = revisionMarksKey.getState(state)!.segments;
    const next = structuredClone(base);
    const list = next.calls[0].blocks.find((b) => b.type === 'list')!;
    if (list.type === 'list') list.items.splice(1, 0, { text: 'a new item typed near the top of the text;' });
    state = apply(state, towards(state, next, [])!);
    check(base, state, 'inserted');
    const after = revisionMarksKey.getState(state)!.segments;
    const kept = after.slice(-1500).filter((seg, i) => seg === before[before.length - 1500 + i]);
    expect(kept).toHaveLength(1500);
  });
});
