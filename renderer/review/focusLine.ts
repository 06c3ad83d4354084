import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';

/** Puts the caret at the end of a line of the draft (its block index) and scrolls it into view. */
export function focusDraftLine(editor: Editor, line: number): boolean {
  const { doc } = editor.state;
  if (line < 0 || line >= doc.childCount) return false;
  let pos = 0;
  for (let i = 0; i < line; i++) pos += doc.child(i).nodeSize;
  const end = pos + doc.child(line).nodeSize - 1;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(doc.resolve(end), -1)).scrollIntoView());
  editor.view.focus();
  return true;
}
