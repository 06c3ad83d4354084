import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/react';

/** A number that changes after every transaction of the editor `editor()` gives: a memo dependency for what is read from it. */
export function useEditorTick(editor: () => Editor | null): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ed = editor();
    if (!ed) return;
    const bump = (): void => setTick((t) => t + 1);
    ed.on('transaction', bump);
    return () => {
      ed.off('transaction', bump);
    };
  }, [editor]);
  return tick;
}
