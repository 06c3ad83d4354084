import type { EditorView } from '@tiptap/pm/view';

/** Room kept between a bar over the text and the caret line, in CSS pixels. */
const ROOM = 8;

const scrollers = new WeakMap<HTMLElement, HTMLElement>();

function scrollerOf(el: HTMLElement): HTMLElement {
  const known = scrollers.get(el);
  if (known?.isConnected && known.contains(el)) return known;
  const found = findScroller(el);
  scrollers.set(el, found);
  return found;
}

function findScroller(el: HTMLElement): HTMLElement {
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
function caretRect(view: EditorView): { top: number; bottom: number } {
  const sel = view.dom.ownerDocument.getSelection();
  if (sel && sel.rangeCount > 0 && sel.anchorNode && view.dom.contains(sel.anchorNode)) {
    const r = sel.getRangeAt(0).getBoundingClientRect();
    if (r.height > 0) return r;
  }
  return view.coordsAtPos(view.state.selection.head);
}

/**
 * Keeps the caret out from under a bar that stays over the top of the text (the sticky toolbar):
 * when the caret line would be hidden by it, the text scrolls so that the line shows just below
 * the bar. `barBottom` gives the bar's lower edge in viewport coordinates (0: no bar). True when
 * the caret is now in view (scrolled, or it already was); false leaves the scrolling to
 * ProseMirror (the caret is below the visible part).
 */
export function keepCaretBelowBar(view: EditorView, barBottom: () => number): boolean {
  const bottom = barBottom();
  if (bottom <= 0) return false;
  const caret = caretRect(view);
  const scroller = scrollerOf(view.dom);
  if (caret.top < bottom + ROOM) {
    scroller.scrollTop -= bottom + ROOM - caret.top;
    return true;
  }
  const visibleBottom = scroller === view.dom.ownerDocument.scrollingElement ? window.innerHeight : scroller.getBoundingClientRect().bottom;
  return caret.bottom <= visibleBottom - ROOM;
}
