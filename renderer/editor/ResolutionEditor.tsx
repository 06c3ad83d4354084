import { memo, useEffect, useImperativeHandle, useMemo, useRef, type ReactNode, type Ref } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { redo, undo } from '@tiptap/pm/history';
import type { ChangeSet, ChangeStats } from '../../shared/engine/changeSet';
import { sameStats, showStats } from './changeStatsLine';
import type { Resolution } from '../../shared/model/resolution';
import { keepCaretBelowBar } from './caretBelowBar';
import { fromModel } from './fromModel';
import { insertCall, insertFootnote } from './insertCommands';
import { moveItemDown, moveItemUp } from './moveItems';
import { reviseHeadLines } from './reviseHeadLines';
import { resolutionExtensions } from './resolutionExtensions';
import type { MarkMode } from './revisionDecorations';
import { revisionMarksKey } from './revisionMarks';
import './revisionMarks.css';

/** What the toolbar and the app can ask of the editor. */
export interface EditorControls {
  insertCall(phrase: string): boolean;
  insertFootnote(): boolean;
  /** Revise the number line and conference line for the target conference (a MOD convention). */
  reviseHeadLines(place: string, year: number): boolean;
  /** Move the item at the caret (with its sub-items) up (-1) or down (+1), as Alt+Shift+↑/↓ do. */
  moveItem(direction: 1 | -1): boolean;
  undo(): boolean;
  redo(): boolean;
  /** Move to the next (+1) or previous (-1) change; false when there is none that way. */
  goToChange(direction: 1 | -1): boolean;
  model(): Resolution | null;
}

/** A summary of the draft after each change, for the symbol badge and the change counter. */
export interface DraftSummary {
  changes: ChangeSet | null;
  changeCount: number;
}

interface Props {
  baseline: Resolution | null;
  draft: Resolution;
  mode: MarkMode;
  onChange(model: Resolution): void;
  onSummary(summary: DraftSummary): void;
  controls?: Ref<EditorControls>;
  label: string;
  /** The lower edge (viewport coordinates) of a bar that stays over the top of the text; the caret is kept below it. */
  barBottom?: () => number;
}

/** The structure-aware resolution editor with live ITU revision marks (re-renders only when its props change). */
export const ResolutionEditor = memo(function ResolutionEditor({ baseline, draft, mode, onChange, onSummary, controls, label, barBottom }: Props): ReactNode {
  const extensions = useMemo(() => resolutionExtensions(baseline, mode), [baseline]);
  const content = useMemo(() => fromModel(draft), [draft]);
  const statsLine = useRef<HTMLParagraphElement>(null);
  const lastJump = useRef<{ index: number; pos: number; count: number } | null>(null);
  const bar = useRef(barBottom);
  bar.current = barBottom;
  const editor = useEditor(
    {
      extensions,
      content,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'resolution rd-editor', spellcheck: 'true', 'aria-label': label, 'data-testid': 'editor' },
        handleScrollToSelection: (view) => keepCaretBelowBar(view, () => bar.current?.() ?? 0),
      },
    },
    [extensions, content],
  );

  useEffect(() => {
    if (!editor) return;
    let shownStats: ChangeStats | null = null;
    const report = (): void => {
      const s = revisionMarksKey.getState(editor.state);
      if (!s) return;
      onSummary({ changes: s.changes, changeCount: s.stops.length });
      const stats = s.changes?.stats ?? null;
      if (statsLine.current && !sameStats(stats, shownStats)) {
        shownStats = stats;
        showStats(statsLine.current, stats);
      }
    };
    report();
    // The draft goes to the app after the frame that shows the keystroke (the app serialises it):
    // coalesced, and at once before a shortcut, on blur and when the editor goes.
    let pending: Resolution | null = null;
    let scheduled = false;
    const flush = (): void => {
      scheduled = false;
      const model = pending;
      pending = null;
      if (model) onChange(model);
    };
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
      report();
      const s = revisionMarksKey.getState(editor.state);
      if (!transaction.docChanged || !s) return;
      pending = s.model;
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => setTimeout(flush, 0));
      setTimeout(flush, 100);
    };
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey) flush();
    };
    const dom = editor.view.dom;
    // the browser moves the caret itself (arrow keys, Page Up, clicks) and scrolls it into view
    // without knowing of the bar over the text: bring it back out from under the bar
    const onSelection = (): void => {
      const sel = document.getSelection();
      if (bar.current && sel?.anchorNode && dom.contains(sel.anchorNode)) keepCaretBelowBar(editor.view, bar.current);
    };
    document.addEventListener('selectionchange', onSelection);
    editor.on('transaction', onTransaction);
    editor.on('blur', flush);
    dom.addEventListener('keydown', onKeyDown, true);
    return () => {
      editor.off('transaction', onTransaction);
      editor.off('blur', flush);
      dom.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('selectionchange', onSelection);
      flush();
    };
  }, [editor, onChange, onSummary]);

  useEffect(() => {
    if (!editor) return;
    const s = revisionMarksKey.getState(editor.state);
    if (s && s.mode !== mode) editor.view.dispatch(editor.state.tr.setMeta(revisionMarksKey, { mode }));
  }, [editor, mode]);

  useImperativeHandle(
    controls,
    (): EditorControls => ({
      insertCall: (phrase) => !!editor && insertCall(phrase, editor.state, (tr) => editor.view.dispatch(tr)) && (editor.view.focus(), true),
      insertFootnote: () => !!editor && insertFootnote(editor.state, (tr) => editor.view.dispatch(tr)) && (editor.view.focus(), true),
      reviseHeadLines: (place, year) => !!editor && reviseHeadLines(place, year, editor.state, (tr) => editor.view.dispatch(tr)),
      moveItem: (direction) => !!editor && (direction < 0 ? moveItemUp : moveItemDown)(editor.state, (tr) => editor.view.dispatch(tr)) && (editor.view.focus(), true),
      undo: () => !!editor && undo(editor.state, editor.view.dispatch),
      redo: () => !!editor && redo(editor.state, editor.view.dispatch),
      goToChange: (direction) => {
        if (!editor) return false;
        const s = revisionMarksKey.getState(editor.state);
        if (!s || s.stops.length === 0) return false;
        const sel = editor.state.selection.from;
        let index: number;
        if (lastJump.current && lastJump.current.pos === sel && lastJump.current.count === s.stops.length) {
          index = lastJump.current.index + direction;
        } else {
          const { $from } = editor.state.selection;
          const blockStart = $from.depth >= 1 ? $from.before(1) : $from.pos;
          index = direction > 0 ? s.stops.findIndex((st) => st.pos > blockStart + 1) : s.stops.findLastIndex((st) => st.pos < blockStart);
        }
        const stop = s.stops[index];
        if (!stop) return false;
        const $pos = editor.state.doc.resolve(Math.min(stop.pos, editor.state.doc.content.size));
        const tr = editor.state.tr.setSelection(TextSelection.near($pos, 1)).scrollIntoView();
        editor.view.dispatch(tr);
        lastJump.current = { index, pos: editor.state.selection.from, count: s.stops.length };
        editor.view.focus();
        return true;
      },
      model: () => (editor ? (revisionMarksKey.getState(editor.state)?.model ?? null) : null),
    }),
    [editor],
  );

  return (
    <>
      <EditorContent editor={editor} />
      <p className="rd-change-stats" data-testid="change-stats" ref={statsLine} hidden={!baseline} />
    </>
  );
});
