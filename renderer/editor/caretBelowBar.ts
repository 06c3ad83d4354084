import type { EditorView } from '@tiptap/pm/view';

/** Room kept between a bar over the text and the caret line, in CSS pixels. */
const ROOM = 8;

function scrollerOf(el: HTMLElement): HTMLElement {
  for (let e: HTMLElement | null = el.parentElement; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if ((overflowY === 'auto' || overflowY === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * Where the caret is on screen: the browser's own selection (it may be ahead of the editor's state
 * while the browser moves it), else the editor's.
 */
function caretTop(view: EditorView): number {
  const sel = view.dom.ownerDocument.getSelection();
  if (sel && sel.rangeCount > 0 && sel.anchorNode && view.dom.contains(sel.anchorNode)) {
    const r = sel.getRangeAt(0).getBoundingClientRect();
    if (r.height > 0) return r.top;
  }
  return view.coordsAtPos(view.state.selection.head).top;
}

/**
 * Keeps the caret out from under a bar that stays over the top of the text (the sticky toolbar):
 * when the caret line would be hidden by it, the text scrolls so that the line shows just below
 * the bar. `barBottom` gives the bar's lower edge in viewport coordinates (0: no bar). True when
 * it scrolled; false leaves the scrolling to ProseMirror (the caret is below the bar).
 */
export function keepCaretBelowBar(view: EditorView, barBottom: () => number): boolean {
  const bottom = barBottom();
  if (bottom <= 0) return false;
  const top = caretTop(view);
  if (top >= bottom + ROOM) return false;
  scrollerOf(view.dom).scrollTop -= bottom + ROOM - top;
  return true;
}
