import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ChangeSet } from '../../shared/engine/changeSet';
import { compare } from '../../shared/engine/compare';
import type { Resolution } from '../../shared/model/resolution';
import { itemPlaces } from './itemLabels';
import { drawAll, redraw, type Segment } from './markSegments';
import { changeStops, type ChangeStop, type MarkMode } from './revisionDecorations';
import { toModel } from './toModel';

/** What the revision-marks plugin knows after each transaction. */
export interface RevisionState {
  mode: MarkMode;
  /** The draft as a model (kept current on every change). */
  model: Resolution;
  /** The engine's `compare(baseline, model)`; null for a draft new resolution without a baseline. */
  changes: ChangeSet | null;
  decorations: DecorationSet;
  stops: ChangeStop[];
  /** What each top-level block draws (for the incremental redraw). */
  segments: Segment[];
}

/** Plugin key: read the state with `revisionMarksKey.getState(editor.state)`. */
export const revisionMarksKey = new PluginKey<RevisionState>('revisionMarks');

/** Meta on a transaction: switch the view. */
export interface RevisionMeta {
  mode?: MarkMode;
}

function initial(doc: PMNode, baseline: Resolution | null, mode: MarkMode): RevisionState {
  const model = toModel(doc);
  const changes = baseline ? compare(baseline, model) : null;
  const { decorations, segments } = drawAll(doc, changes, itemPlaces(doc), mode);
  return { mode, model, changes, decorations, stops: changeStops(doc, changes), segments };
}

/** Options of {@link RevisionMarks}. */
export interface RevisionMarksOptions {
  baseline: Resolution | null;
  mode: MarkMode;
}

/**
 * Live ITU revision marks against the baseline. On every change the engine compares the whole
 * draft with the baseline (`compare(baseline, toModel(doc))`, the one change model: symbol, moves
 * across calls, stats); only the drawing is incremental: the decorations are mapped through the
 * transaction and the lines whose rows changed are drawn again.
 */
export const RevisionMarks = Extension.create<RevisionMarksOptions>({
  name: 'revisionMarks',
  addOptions() {
    return { baseline: null, mode: 'marked' };
  },
  addProseMirrorPlugins() {
    return [revisionMarksPlugin(this.options.baseline, this.options.mode)];
  },
});

/** The plugin of {@link RevisionMarks} (usable in an `EditorState` without a view). */
export function revisionMarksPlugin(baseline: Resolution | null, initialMode: MarkMode): Plugin<RevisionState> {
  return new Plugin<RevisionState>({
    key: revisionMarksKey,
    state: {
      init: (_config, state: EditorState) => initial(state.doc, baseline, initialMode),
      apply: (tr, prev, oldState) => {
        const meta = tr.getMeta(revisionMarksKey) as RevisionMeta | undefined;
        const mode = meta?.mode ?? prev.mode;
        if (!tr.docChanged && mode === prev.mode) return prev;
        const doc = tr.doc;
        const model = tr.docChanged ? toModel(doc) : prev.model;
        const changes = !baseline ? null : tr.docChanged ? compare(baseline, model) : prev.changes;
        const drawn = redraw(prev, oldState.doc, tr.mapping, doc, changes, itemPlaces(doc), mode);
        return { mode, model, changes, decorations: drawn.decorations, stops: changeStops(doc, changes), segments: drawn.segments };
      },
    },
    props: {
      decorations: (state) => revisionMarksKey.getState(state)?.decorations,
    },
  });
}
