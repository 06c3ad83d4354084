import { useEffect, useMemo, useRef } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import type { Resolution } from '../../shared/model/resolution';
import type { ContributionStore } from '../store/contributionStore';
import { keepCaretInView } from './caretInView';
import { bindDraft } from './draftBinding';
import { fromModel } from './fromModel';
import { resolutionExtensions } from './resolutionExtensions';

interface Options {
  store: ContributionStore;
  proposalId: string;
  /** The adopted text the draft is marked against; null for a draft new resolution. */
  baseline: Resolution | null;
  /** The editor's accessible name. */
  label: string;
  /** The lower edge (viewport coordinates) of a bar that stays over the top of the text; the caret is kept below it. */
  barBottom?: () => number;
}

/**
 * The structure-aware resolution editor of one proposal (TipTap's `useEditor`), bound to the
 * store: it opens on the proposal's draft, its edits go in as the proposal's `draft` edits, and its
 * marks are the store's outcome of the draft. The toolbar and the panels act on it through its
 * commands (`editor.commands.insertFootnote()` …).
 */
export function useResolutionEditor({ store, proposalId, baseline, label, barBottom }: Options): Editor | null {
  const bar = useRef(barBottom);
  bar.current = barBottom;
  const extensions = useMemo(
    () =>
      resolutionExtensions({
        baseline,
        changesOf: baseline ? (draft, moved) => store.outcomeFor(proposalId, draft, moved)?.changes ?? null : undefined,
        moved: store.movedOf(proposalId),
      }),
    [store, proposalId, baseline],
  );
  // the draft as it is when the editor is made (again): a remade editor keeps every edit
  const content = useMemo(() => fromModel(store.proposal(proposalId)!.draft), [store, proposalId, extensions]);
  const editor = useEditor(
    {
      extensions,
      content,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'resolution rd-editor', spellcheck: 'true', 'aria-label': label, 'data-testid': 'editor' },
        handleScrollToSelection: (view) => {
          keepCaretInView(view, () => bar.current?.() ?? 0);
          return true;
        },
      },
    },
    [extensions, content],
  );

  useEffect(() => (editor ? bindDraft(editor, store, proposalId, { name: `the editor of proposal ${proposalId}` }) : undefined), [editor, store, proposalId]);

  useEffect(() => {
    if (!editor) return;
    // the browser moves the caret itself (arrow keys, Page Up, clicks) and scrolls it into view
    // without knowing of the bar over the text: bring it back out from under the bar (measured in
    // the next frame, never here)
    const dom = editor.view.dom;
    const onSelection = (): void => {
      const sel = document.getSelection();
      if (bar.current && sel?.anchorNode && dom.contains(sel.anchorNode)) keepCaretInView(editor.view, bar.current);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [editor]);

  return editor;
}
