import { Extension } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Home and End (and with Shift, the selection to there) on the first and last screen line of a
 * line of the draft: the ends of its text, past its label. Chromium does not move the caret there
 * from a line that starts with the label (a widget that is not editable), in either direction of
 * text; on the other screen lines of a wrapped line the browser's own Home and End go to the
 * screen line's ends.
 */
function toLineEnd(view: EditorView, end: boolean, extend: boolean): boolean {
  const { state } = view;
  const { $head, anchor } = state.selection;
  if (!$head.parent.isTextblock) return false;
  const target = end ? $head.end() : $head.start();
  if (target === $head.pos && !extend) return true;
  // only on the screen line where the text starts (or ends): the others are the browser's
  const here = view.coordsAtPos($head.pos);
  const there = view.coordsAtPos(target);
  if (Math.abs(here.top - there.top) > (here.bottom - here.top) / 2) return false;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, extend ? anchor : target, target)).scrollIntoView());
  return true;
}

/** Home, End, Shift+Home and Shift+End in the editor: see {@link toLineEnd}. */
export const LineEnds = Extension.create({
  name: 'lineEnds',
  addKeyboardShortcuts() {
    return {
      Home: () => toLineEnd(this.editor.view, false, false),
      End: () => toLineEnd(this.editor.view, true, false),
      'Shift-Home': () => toLineEnd(this.editor.view, false, true),
      'Shift-End': () => toLineEnd(this.editor.view, true, true),
    };
  },
});
