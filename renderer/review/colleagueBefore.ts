import { Extension } from '@tiptap/react';
import { closeHistory, isHistoryTransaction } from '@tiptap/pm/history';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { withOwnEdit } from '../../shared/contribution/ownEditsDuringReview';
import type { Resolution } from '../../shared/model/resolution';
import type { ChangeUnit } from '../../shared/engine/changeCount';
import type { ChangeSet } from '../../shared/engine/changeSet';
import { toModel } from '../editor/toModel';
import { rejectChanges } from './rejectChanges';

/** The document attribute that holds the draft as the delegate sent it, while a colleague's changes await review. */
const ATTR = 'colleagueBefore';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    colleagueBefore: {
      /** Accept a colleague's changes: what the delegate sent (`before`) takes them in, as one undo step. */
      acceptColleagueChanges: (before: Resolution) => ReturnType;
      /** Reject a colleague's changes (units of `compare(before, draft)`): their lines go back as the delegate sent them, one undo step. */
      rejectColleagueChanges: (changes: ChangeSet, units: ChangeUnit[]) => ReturnType;
    };
  }
}

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
  addCommands() {
    return {
      acceptColleagueChanges:
        (before) =>
        ({ tr, dispatch }) => {
          dispatch?.(closeHistory(reviewStep(tr.setDocAttribute(ATTR, before))));
          return true;
        },
      rejectColleagueChanges:
        (changes, units) =>
        ({ state, dispatch }) => {
          const tr = rejectChanges(state, changes, units);
          if (tr && dispatch) dispatch(closeHistory(reviewStep(tr)));
          return tr !== null;
        },
    };
  },
});

/** The `before` the editor holds, or null when there is no review in it. */
export function beforeIn(state: EditorState): Resolution | null {
  return (state.doc.attrs[ATTR] as Resolution | null | undefined) ?? null;
}

const REVIEW_META = 'colleagueReviewStep';

/** Marks a transaction as the review's own (an accept or a reject), not the delegate's edit. */
export function reviewStep(tr: Transaction): Transaction {
  return tr.setMeta(REVIEW_META, true);
}

const ownEditsKey = new PluginKey('colleagueOwnEdits');

/**
 * While a review is open, the delegate's own edits of lines the colleagues left alone go into
 * `before` as well (in the same undo step), so they are not listed as the colleague's changes.
 * Returns the function that stops it.
 */
export function foldOwnEdits(editor: Editor, initialBefore: () => Resolution): () => void {
  editor.registerPlugin(
    new Plugin({
      key: ownEditsKey,
      appendTransaction(trs, oldState, newState) {
        if (!trs.some((tr) => tr.docChanged) || trs.some((tr) => tr.getMeta(REVIEW_META) || isHistoryTransaction(tr))) return null;
        if (oldState.doc.content.eq(newState.doc.content)) return null;
        const folded = withOwnEdit(beforeIn(oldState) ?? initialBefore(), toModel(oldState.doc), toModel(newState.doc));
        return folded ? newState.tr.setDocAttribute(ATTR, folded) : null;
      },
    }),
  );
  return () => {
    if (!editor.isDestroyed) editor.unregisterPlugin(ownEditsKey);
  };
}
