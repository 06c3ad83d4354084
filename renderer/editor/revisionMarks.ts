import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ChangeSet } from '../../shared/engine/changeSet';
import type { Resolution } from '../../shared/model/resolution';
import { itemPlaces } from './itemLabels';
import { LiveCompare } from './liveCompare';
import { revisionDecorations, type ChangeStop, type MarkMode } from './revisionDecorations';
import { toModel } from './toModel';

/** What the revision-marks plugin knows after each transaction. */
export interface RevisionState {
  mode: MarkMode;
  /** The draft as a model (kept current on every change). */
  model: Resolution;
  /** Null for a draft new resolution (ADD): there is no baseline to mark against. */
  changes: ChangeSet | null;
  decorations: DecorationSet;
  stops: ChangeStop[];
}

/** Plugin key: read the state with `revisionMarksKey.getState(editor.state)`. */
export const revisionMarksKey = new PluginKey<RevisionState>('revisionMarks');

/** Meta on a transaction that switches the view: `tr.setMeta(revisionMarksKey, { mode })`. */
export interface RevisionMeta {
  mode: MarkMode;
}

function compute(doc: PMNode, live: LiveCompare | null, mode: MarkMode): RevisionState {
  const model = toModel(doc);
  const changes = live ? live.update(model) : null;
  const { decorations, stops } = revisionDecorations(doc, changes, itemPlaces(doc), mode);
  return { mode, model, changes, decorations, stops };
}

/** Options of {@link RevisionMarks}. */
export interface RevisionMarksOptions {
  baseline: Resolution | null;
  mode: MarkMode;
}

/** Live ITU revision marks against the baseline, recomputed per changed call on every edit. */
export const RevisionMarks = Extension.create<RevisionMarksOptions>({
  name: 'revisionMarks',
  addOptions() {
    return { baseline: null, mode: 'marked' };
  },
  addProseMirrorPlugins() {
    const live = this.options.baseline ? new LiveCompare(this.options.baseline) : null;
    const initialMode = this.options.mode;
    return [
      new Plugin<RevisionState>({
        key: revisionMarksKey,
        state: {
          init: (_config, state: EditorState) => compute(state.doc, live, initialMode),
          apply: (tr, prev) => {
            const meta = tr.getMeta(revisionMarksKey) as RevisionMeta | undefined;
            const mode = meta?.mode ?? prev.mode;
            if (!tr.docChanged && mode === prev.mode) return prev;
            return compute(tr.doc, live, mode);
          },
        },
        props: {
          decorations: (state) => revisionMarksKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
