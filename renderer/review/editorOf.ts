import type { Editor } from '@tiptap/react';

/** The TipTap editor instance of the resolution editor inside `root` (TipTap keeps it on its view's DOM), or null. */
export function editorIn(root: ParentNode | null): Editor | null {
  const dom = root?.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null | undefined;
  return dom?.editor && !dom.editor.isDestroyed ? dom.editor : null;
}
