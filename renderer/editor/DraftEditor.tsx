import { useEffect, useRef, type ReactNode } from 'react';
import { EditorContent, type Editor } from '@tiptap/react';
import type { ChangeStats } from '../../shared/engine/changeSet';
import { sameStats, showStats } from './changeStatsLine';
import { revisionMarksKey } from './revisionMarks';
import './revisionMarks.css';
import './editorLayout.css';

/** The editor's text and, under it, the engine's counts for the draft (written straight to the page: they change on keystrokes). */
export function DraftEditor({ editor, stats }: { editor: Editor | null; stats: boolean }): ReactNode {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!editor) return;
    let shown: ChangeStats | null = null;
    const report = (): void => {
      const next = revisionMarksKey.getState(editor.state)?.changes?.stats ?? null;
      if (!line.current || sameStats(next, shown)) return;
      shown = next;
      showStats(line.current, next);
    };
    report();
    editor.on('transaction', report);
    return () => {
      editor.off('transaction', report);
    };
  }, [editor]);
  return (
    <>
      <EditorContent editor={editor} />
      <p className="rd-change-stats" data-testid="change-stats" ref={line} hidden={!stats} />
    </>
  );
}
