import { useEffect, useMemo, useRef } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import type { Resolution } from '../../shared/model/resolution';
import type { ContributionStore } from '../store/contributionStore';
import { keepCaretInView } from './caretInView';
import { bindDraft } from './draftBinding';
import { fromModel } from './fromModel';
import { resolutionExtensions } from './resolutionExtensions';
import { spellchecks } from './spellcheck';
import { textDirection } from '../view/textDirection';
import { useStore } from '../store/useStore';
import { t } from '../app/uiLanguage';

const STRINGS = {
  contentError: (detail: string): string => t('editor.sharedContentError', { detail }),
};

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
  // a shared proposal's session (its room's document), once the room's content is here
  const shared = useStore(store, (s, st) => (s.shared[proposalId]?.loaded ? st.coDrafting.session(proposalId) : undefined));
  const extensions = useMemo(
    () =>
      resolutionExtensions({
        baseline,
        changesOf: baseline ? (draft, moved) => store.outcomeFor(proposalId, draft, moved)?.changes ?? null : undefined,
        moved: store.movedOf(proposalId),
        shared,
      }),
    [store, proposalId, baseline, shared],
  );
  // the draft as it is when the editor is made (again): a remade editor keeps every edit; a shared one is the room's document
  const content = useMemo(() => (shared ? undefined : fromModel(store.proposal(proposalId)!.draft)), [store, proposalId, extensions, shared]);
  const spelling = useRef(store.getState().content?.settings.spellcheck);
  const direction = useMemo(() => textDirection(store.proposal(proposalId)!.draft), [store, proposalId]);
  const editor = useEditor(
    {
      extensions,
      content,
      injectCSS: false,
      // a shared document is checked against the schema, which takes any sequence of lines a merge leaves
      enableContentCheck: true,
      onContentError: ({ error }) => store.fail(STRINGS.contentError(error.message)),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: (state) => ({ class: 'resolution rd-editor', ...direction, spellcheck: String(spellchecks(spelling.current, state.doc.childCount)), 'aria-label': label, 'data-testid': 'editor' }),
        handleScrollToSelection: (view) => {
          keepCaretInView(view, () => bar.current?.() ?? 0);
          return true;
        },
      },
    },
    [extensions, content],
  );

  // a shared proposal's editor is bound to the room's document, whose every change the store takes in (`coDrafting.ts`)
  useEffect(() => (editor && !shared ? bindDraft(editor, store, proposalId, { name: `the editor of proposal ${proposalId}` }) : undefined), [editor, store, proposalId, shared]);

  useEffect(() => {
    if (!editor) return;
    // the delegate's spelling choice (a setting of the contribution) applies at once
    return store.subscribe(() => {
      const choice = store.getState().content?.settings.spellcheck;
      if (choice === spelling.current || editor.isDestroyed) return;
      spelling.current = choice;
      editor.view.setProps({});
    });
  }, [editor, store]);

  useEffect(() => {
    if (!editor) return;
    // the browser moves the caret itself (arrow keys, Page Up, clicks) and scrolls it into view
    // without knowing of the bar over the text: bring it back out from under the bar. When only the
    // caret moved the page is laid out already, and it is measured at once (before the frame shows
    // it under the bar); after a change of the text, in the next frame (never laid out for it here)
    let changed = false;
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
      if (!transaction.docChanged || changed) return;
      changed = true;
      requestAnimationFrame(() => (changed = false));
    };
    const onSelection = (): void => {
      const sel = document.getSelection();
      if (editor.isDestroyed || !bar.current || !sel?.anchorNode || !editor.view.dom.contains(sel.anchorNode)) return;
      keepCaretInView(editor.view, bar.current, !changed);
    };
    editor.on('transaction', onTransaction);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      editor.off('transaction', onTransaction);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [editor]);

  return editor;
}
