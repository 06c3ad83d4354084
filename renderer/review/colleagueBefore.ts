import { Extension } from '@tiptap/react';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { Resolution } from '../../shared/model/resolution';

/** The document attribute that holds the draft as the delegate sent it, while a colleague's changes await review. */
const ATTR = 'colleagueBefore';

/**
 * Keeps a colleague review's `before` (the draft as the delegate sent it) in the editor's document,
 * so accepting a change is an editor step like rejecting one: Ctrl+Z undoes either. Not rendered,
 * not part of the draft model (`toModel` reads the lines only).
 */
export const ColleagueBefore = Extension.create({
  name: 'colleagueBefore',
  addGlobalAttributes() {
    return [{ types: ['doc'], attributes: { [ATTR]: { default: null, rendered: false } } }];
  },
});

/** The `before` the editor holds, or null when there is no review in it. */
export function beforeIn(state: EditorState): Resolution | null {
  return (state.doc.attrs[ATTR] as Resolution | null | undefined) ?? null;
}

/**
 * A transaction that sets `before`: an undo step of its own when `undoable` (accepting a change),
 * else outside the history (the review arriving in the editor).
 */
export function setBefore(state: EditorState, before: Resolution | null, undoable: boolean): Transaction {
  const tr = state.tr.setDocAttribute(ATTR, before);
  return undoable ? closeHistory(tr) : tr.setMeta('addToHistory', false);
}
