import type { Editor } from '@tiptap/react';
import type { ContributionStore } from '../store/contributionStore';
import type { EditSource } from '../store/contributionEdit';
import { differingStretch } from './differingStretch';
import { fromModel } from './fromModel';
import { revisionMarksKey } from './revisionMarks';

/** Meta of the transaction that brings into the editor a draft another source made. */
const FROM_OUTSIDE = 'resdraftDraftFromOutside';

/**
 * Binds an editor to its proposal in the store, both ways. Every change of the editor's document
 * goes in at once as a `draft` edit from `source` (the model and the moved items the marks already
 * hold, so the store's outcome is the one the marks were drawn from). A draft that another source
 * puts in (a collaboration provider, a review) comes into the editor's document (the stretch that
 * differs), outside its undo history. Returns the function that unbinds.
 */
export function bindDraft(editor: Editor, store: ContributionStore, proposalId: string, source: EditSource): () => void {
  let known = store.proposal(proposalId)?.draft;
  const onTransaction = ({ transaction }: { transaction: { docChanged: boolean; getMeta(key: string): unknown } }): void => {
    if (!transaction.docChanged || transaction.getMeta(FROM_OUTSIDE)) return;
    const marks = revisionMarksKey.getState(editor.state);
    if (!marks) return;
    known = marks.model;
    store.apply({ type: 'draft', proposalId, draft: marks.model, moved: marks.moved }, source);
  };
  const onStore = (): void => {
    const draft = store.proposal(proposalId)?.draft;
    if (!draft || draft === known || editor.isDestroyed) return;
    known = draft;
    // only the stretch that differs is replaced, so this editor's own edits elsewhere stay undoable
    const next = editor.schema.nodeFromJSON(fromModel(draft));
    const stretch = differingStretch(editor.state.doc, next);
    if (!stretch) return;
    const { start, endA, endB } = stretch;
    editor.commands.command(({ tr }) => {
      tr.replace(start, endA, next.slice(start, endB)).setMeta(FROM_OUTSIDE, true).setMeta('addToHistory', false);
      return true;
    });
  };
  editor.on('transaction', onTransaction);
  const unsubscribe = store.subscribe(onStore);
  return () => {
    editor.off('transaction', onTransaction);
    unsubscribe();
  };
}
