/**
 * The live editor's marks are the engine's: after every transaction of random edit sequences the
 * revision-marks plugin holds exactly `compare(baseline, toModel(doc), { moved })` (rows, symbol,
 * stats, move ids; `moved`: the items the delegate moved, the engine's hint for a tie, which never
 * changes the count), and its incrementally redrawn decorations equal the decorations drawn from scratch.
 * (The same law is checked through the page in Chromium by test/browser/editorProperty.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { fromText } from '../../shared/text/fromText';
import { compare } from '../../shared/engine/compare';
import { countChanges } from '../../shared/engine/changeCount';
import type { Resolution } from '../../shared/model/resolution';
import { fromModel } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { itemPlaces } from '../../renderer/editor/itemLabels';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { enter, nest, unnest } from '../../renderer/editor/keyboard';
import { moveItemDown, moveItemUp } from '../../renderer/editor/moveItems';
import { deleteEmptyBackward } from '../../renderer/editor/emptyBlocks';
import { applyGuarded, runCommand } from '../support/editorSteps';
import { revisionMarksKey, revisionMarksPlugin } from '../../renderer/editor/revisionMarks';
import { drawAll } from '../../renderer/editor/markSegments';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const schema = getSchema(RESOLUTION_NODES);
const load = (n: number): Resolution => fromText(readFileSync(join(BUNDLED, `res-${n}.txt`), 'utf8'));

function start(base: Resolution, draft: Resolution = base): EditorState {
  const doc = PMNode.fromJSON(schema, fromModel(draft));
  return EditorState.create({ doc, plugins: [revisionMarksPlugin(base, 'marked')] });
}

/** Start positions of the textblocks of a kind (or all body lines). */
function blocks(doc: PMNode, names: string[]): { pos: number; node: PMNode }[] {
  const out: { pos: number; node: PMNode }[] = [];
  doc.forEach((node, pos) => {
    if (names.includes(node.type.name)) out.push({ pos, node });
  });
  return out;
}

const WORDS = ['digital ', 'Baku ', 'inclusive ', 'and ', 'resilient '];

/** One random edit: [what, which line, where in it, how much]. */
type Step = [number, number, number, number];

function step(state: EditorState, [what, which, where, much]: Step): EditorState {
  const lines = blocks(state.doc, ['item', 'paragraph', 'call', 'footnote', 'title']);
  const line = lines[which % lines.length];
  const size = line.node.content.size;
  const at = line.pos + 1 + (size === 0 ? 0 : where % (size + 1));
  const caret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
  switch (what % 9) {
    case 0:
    case 1:
      return applyGuarded(caret, caret.tr.insertText(WORDS[much % WORDS.length], at));
    case 2: {
      const to = Math.min(line.pos + 1 + size, at + 1 + (much % 12));
      return to > at ? applyGuarded(caret, caret.tr.delete(at, to)) : caret;
    }
    case 3:
      return runCommand(caret, enter);
    case 4:
      return runCommand(caret, much % 2 ? nest : unnest);
    case 5:
      return runCommand(caret, moveItemUp);
    case 6:
      return runCommand(caret, moveItemDown);
    case 7: {
      // delete a whole line (an item cut away), or an empty one with Backspace
      if (size === 0) return runCommand(caret, deleteEmptyBackward);
      const tr = caret.tr.delete(at - (at - line.pos - 1), line.pos + 1 + size);
      return applyGuarded(caret, tr);
    }
    default: {
      // a word replaced
      const text = line.node.textContent;
      const space = text.indexOf(' ', where % Math.max(1, text.length));
      if (space < 0) return caret;
      const from = line.pos + 1 + space + 1;
      const end = text.indexOf(' ', space + 1);
      const to = end < 0 ? from : line.pos + 1 + end;
      return to > from ? applyGuarded(caret, caret.tr.insertText('Baku', from, to)) : caret;
    }
  }
}

function describeDecos(decos: Decoration[]): unknown[] {
  return decos
    .map((d) => {
      const spec = d.spec as { key?: string; side?: number };
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs;
      return { from: d.from, to: d.to, key: spec.key ?? null, side: spec.side ?? null, attrs: attrs ?? null };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to || String(a.key).localeCompare(String(b.key)) || JSON.stringify(a.attrs).localeCompare(JSON.stringify(b.attrs)));
}

function checkState(base: Resolution, state: EditorState): void {
  const s = revisionMarksKey.getState(state)!;
  const model = toModel(state.doc);
  // the items the delegate moved are the engine's hint for a tie: the marks are compare's with it,
  // and the hint never changes how many changes there are, only which of two items moved
  const expected = compare(base, model, { moved: s.moved });
  expect(s.model).toEqual(model);
  expect(s.changes).toEqual(expected);
  expect(countChanges(expected.rows)).toBe(countChanges(compare(base, model).rows));
  const fresh = drawAll(state.doc, expected, itemPlaces(state.doc), s.mode);
  expect(describeDecos(s.decorations.find())).toEqual(describeDecos(fresh.decorations.find()));
}

const stepArb = fc.tuple(fc.nat(8), fc.nat(200), fc.nat(400), fc.nat(40));

describe('the live editor runs the engine (rows, symbol, stats = compare(baseline, toModel(doc)))', () => {
  for (const n of [34, 5, 48, 17]) {
    it(`after every transaction of random edit sequences on Resolution ${n}`, () => {
      const base = load(n);
      fc.assert(
        fc.property(fc.array(stepArb, { minLength: 1, maxLength: 14 }), (steps) => {
          let state = start(base);
          for (const s of steps) {
            state = step(state, s);
            checkState(base, state);
          }
        }),
        { numRuns: 25, seed: 1100 + n },
      );
    });
  }

  it('Resolution 34 with its number line changed to DRAFT NEW RESOLUTION [X-1] is ADD, as the engine says', () => {
    const base = load(34);
    let state = start(base);
    const numberLine = blocks(state.doc, ['numberLine'])[0];
    state = applyGuarded(state, state.tr.insertText('DRAFT NEW RESOLUTION [X-1]', numberLine.pos + 1, numberLine.pos + 1 + numberLine.node.content.size));
    const s = revisionMarksKey.getState(state)!;
    expect(s.changes?.action).toBe('ADD');
    expect(s.changes).toEqual(compare(base, toModel(state.doc)));
  });

  it('an item moved to another call is a move at once (move ids unique across the resolution)', () => {
    const base = load(5);
    let state = start(base);
    // the first item of the first call, moved down until it is in the second call
    const first = blocks(state.doc, ['item'])[0];
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, first.pos + 1)));
    const calls = (st: EditorState): number => {
      let c = -1;
      st.doc.forEach((n, _p, i) => {
        if (i <= st.selection.$from.index(0) && n.type.name === 'call') c++;
      });
      return c;
    };
    while (calls(state) === 0) state = runCommand(state, moveItemDown);
    const s = revisionMarksKey.getState(state)!;
    expect(s.changes!.stats.movedItems).toBe(1);
    const moved = s.changes!.rows.filter((r) => r.move);
    expect(moved.map((r) => r.move!.role).sort()).toEqual(['from', 'to']);
    expect(new Set(moved.map((r) => r.move!.id)).size).toBe(1);
    expect(s.changes).toEqual(compare(base, toModel(state.doc)));
  });

  it('keeps the decorations of lines that did not change (the redraw is incremental)', () => {
    const base = load(34);
    let state = start(base);
    const before = revisionMarksKey.getState(state)!.segments;
    const item = blocks(state.doc, ['item'])[10];
    state = applyGuarded(state, state.tr.insertText('digital ', item.pos + 1));
    const after = revisionMarksKey.getState(state)!.segments;
    const index = blocks(state.doc, ['numberLine', 'title', 'conferenceLine', 'call', 'paragraph', 'item', 'footnote']).findIndex((b) => b.pos === item.pos);
    const redrawn = after.filter((seg, i) => seg.id !== before[i].id).map((_s, k) => k);
    expect(redrawn).toHaveLength(1);
    expect(after[index].id).not.toBe(before[index].id);
  });
});
