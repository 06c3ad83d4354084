import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ChangeSet } from '../../shared/engine/changeSet';
import { compare } from '../../shared/engine/compare';
import type { Resolution } from '../../shared/model/resolution';
import { changePlaces } from '../review/changeNavigation';
import { keymapOf } from './commandKeys';
import { itemPlaces } from './itemLabels';
import { drawAll, redraw, type Segment } from './markSegments';
import { MOVED_BLOCKS_META } from './moveItems';
import type { MarkMode } from './revisionDecorations';
import { toModel } from './toModel';

/** The engine's change set for a draft (`moved`: the draft lines the delegate moved, a hint for a tie); null without a baseline. */
export type ChangesOf = (draft: Resolution, moved: readonly number[]) => ChangeSet | null;

/** What the revision-marks plugin knows after each transaction. */
export interface RevisionState {
  mode: MarkMode;
  /** The draft as a model (kept current on every change). */
  model: Resolution;
  /** The engine's change set of the draft against its baseline; null for a draft new resolution. */
  changes: ChangeSet | null;
  decorations: DecorationSet;
  /** What each top-level block draws (for the incremental redraw). */
  segments: Segment[];
  /** Where the blocks the delegate moved start (mapped through every change since), the latest move last. */
  movedBlocks: number[];
  /** Their draft lines, in the same order: the engine's hint for a tie. */
  moved: number[];
}

/** Plugin key: read the state with `revisionMarksKey.getState(editor.state)`. */
export const revisionMarksKey = new PluginKey<RevisionState>('revisionMarks');

/** Meta on a transaction: switch the view. */
export interface RevisionMeta {
  mode?: MarkMode;
}

/** How many moves the hint remembers (the latest ones). */
const MOVES_REMEMBERED = 20;

/** The top-level block index of each position in `positions` (positions at a block's start), in the same order. */
function linesAt(doc: PMNode, positions: number[]): number[] {
  if (positions.length === 0) return [];
  const index = new Map<number, number>();
  doc.forEach((_n, offset, i) => index.set(offset, i));
  return positions.flatMap((pos) => (index.has(pos) ? [index.get(pos)!] : []));
}

/** The moved blocks after `tr`: the earlier ones mapped (dropped when deleted), then the ones `tr` moved (the latest last). */
function movedAfter(tr: Transaction, prev: number[]): number[] {
  const added = (tr.getMeta(MOVED_BLOCKS_META) as number[] | undefined) ?? [];
  const kept = prev.flatMap((pos) => {
    const r = tr.mapping.mapResult(pos, 1);
    return r.deleted || added.includes(r.pos) ? [] : [r.pos];
  });
  return [...kept, ...added].slice(-MOVES_REMEMBERED);
}

function initial(doc: PMNode, changesOf: ChangesOf, mode: MarkMode, movedLines: readonly number[]): RevisionState {
  const model = toModel(doc);
  const offsets: number[] = [];
  doc.forEach((_n, offset) => offsets.push(offset));
  const movedBlocks = movedLines.flatMap((line) => (line < offsets.length ? [offsets[line]] : []));
  const moved = linesAt(doc, movedBlocks);
  const changes = changesOf(model, moved);
  const { decorations, segments } = drawAll(doc, changes, itemPlaces(doc), mode);
  return { mode, model, changes, decorations, segments, movedBlocks, moved };
}

/** Options of {@link RevisionMarks}. */
export interface RevisionMarksOptions {
  baseline: Resolution | null;
  mode: MarkMode;
  /** Where the change set comes from (the window's store, so it is computed once); by default the engine's compare with `baseline`. */
  changesOf: ChangesOf | null;
  /** The draft lines the delegate moved before the editor opened (the hint the store kept). */
  moved: readonly number[];
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    revisionMarks: {
      /** Show the draft with its marks, or clean. */
      setMarkMode: (mode: MarkMode) => ReturnType;
      /** Put the caret on the next (+1) or previous (-1) change, as the change counter counts them; false when there is none that way. */
      goToChange: (direction: 1 | -1) => ReturnType;
      /** Put the caret at the end of a line of the draft (its layout line) and scroll it into view. */
      goToLine: (line: number) => ReturnType;
    };
  }
}

/** The change the caret was last moved to, so a deleted line (between two blocks) is stepped over once. */
const lastStop = new WeakMap<PMNode, { pos: number; index: number }>();

function goToChange(direction: 1 | -1, state: EditorState, tr: Transaction, dispatch?: (tr: Transaction) => void): boolean {
  const changes = revisionMarksKey.getState(state)?.changes;
  if (!changes) return false;
  const places = changePlaces(state.doc, changes);
  const { $from } = state.selection;
  const here = $from.depth >= 1 ? $from.index(0) : 0;
  const last = lastStop.get(state.doc);
  const current = last && last.pos === state.selection.from ? last.index : here;
  const place = direction > 0 ? places.find((p) => p.index > current) : places.findLast((p) => p.index < current);
  if (!place) return false;
  if (!dispatch) return true;
  const $pos = state.doc.resolve(Math.min(place.pos, state.doc.content.size));
  tr.setSelection(TextSelection.near($pos, 1)).scrollIntoView();
  lastStop.set(tr.doc, { pos: tr.selection.from, index: place.index });
  dispatch(tr);
  return true;
}

function goToLine(line: number, state: EditorState, tr: Transaction, dispatch?: (tr: Transaction) => void): boolean {
  const { doc } = state;
  if (line < 0 || line >= doc.childCount) return false;
  if (!dispatch) return true;
  let pos = 0;
  for (let i = 0; i < line; i++) pos += doc.child(i).nodeSize;
  const end = pos + doc.child(line).nodeSize - 1;
  dispatch(tr.setSelection(TextSelection.near(doc.resolve(end), -1)).scrollIntoView());
  return true;
}

/**
 * Live ITU revision marks against the baseline. On every change the engine's change set of the
 * whole draft (symbol, moves across calls, stats) comes from `changesOf` (the window's store);
 * only the drawing is incremental: the decorations are mapped through the transaction and the
 * lines whose rows changed are drawn again. The items the delegate moved are kept as the engine's
 * hint. Next / previous change (Alt+F6, Alt+Shift+F6 by the command table) step through the
 * changes as the change counter counts them.
 */
export const RevisionMarks = Extension.create<RevisionMarksOptions>({
  name: 'revisionMarks',
  addOptions() {
    return { baseline: null, mode: 'marked', changesOf: null, moved: [] };
  },
  addProseMirrorPlugins() {
    return [revisionMarksPlugin(this.options.baseline, this.options.mode, this.options.changesOf ?? undefined, this.options.moved)];
  },
  addCommands() {
    return {
      setMarkMode:
        (mode) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(revisionMarksKey, { mode } satisfies RevisionMeta));
          return true;
        },
      goToChange:
        (direction) =>
        ({ state, tr, dispatch }) =>
          goToChange(direction, state, tr, dispatch),
      goToLine:
        (line) =>
        ({ state, tr, dispatch }) =>
          goToLine(line, state, tr, dispatch),
    };
  },
  addKeyboardShortcuts() {
    const editor = this.editor;
    return keymapOf({ nextChange: () => editor.commands.goToChange(1), previousChange: () => editor.commands.goToChange(-1) });
  },
});

/** The plugin of {@link RevisionMarks} (usable in an `EditorState` without a view). */
export function revisionMarksPlugin(baseline: Resolution | null, initialMode: MarkMode, changesOf?: ChangesOf, moved: readonly number[] = []): Plugin<RevisionState> {
  const changesFor: ChangesOf = changesOf ?? ((draft, lines) => (baseline ? compare(baseline, draft, { moved: lines }) : null));
  return new Plugin<RevisionState>({
    key: revisionMarksKey,
    state: {
      init: (_config, state: EditorState) => initial(state.doc, changesFor, initialMode, moved),
      apply: (tr, prev, oldState) => {
        const meta = tr.getMeta(revisionMarksKey) as RevisionMeta | undefined;
        const mode = meta?.mode ?? prev.mode;
        if (!tr.docChanged && mode === prev.mode) return prev;
        const doc = tr.doc;
        const movedBlocks = tr.docChanged ? movedAfter(tr, prev.movedBlocks) : prev.movedBlocks;
        const lines = tr.docChanged ? linesAt(doc, movedBlocks) : prev.moved;
        const model = tr.docChanged ? toModel(doc) : prev.model;
        const changes = tr.docChanged ? changesFor(model, lines) : prev.changes;
        const drawn = redraw(prev, oldState.doc, tr.mapping, doc, changes, prev.changes, itemPlaces(doc), mode);
        return { mode, model, changes, decorations: drawn.decorations, segments: drawn.segments, movedBlocks, moved: lines };
      },
    },
    props: {
      decorations: (state) => revisionMarksKey.getState(state)?.decorations,
    },
  });
}
