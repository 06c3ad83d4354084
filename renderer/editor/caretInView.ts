import type { EditorView } from '@tiptap/pm/view';

/** Room kept between a bar over the text (or the bottom of the view) and the caret line, in CSS pixels. */
const ROOM = 8;
/**
 * After a scroll, the caret is looked at again on this many following frames: lines that were not
 * laid out (off screen, `content-visibility: auto`) take their real height once shown, and may
 * push the caret line out of view again (a far jump: Next change, Go to line, Find).
 */
const SETTLE_FRAMES = 4;

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
 * Scrolls the least that shows the caret line between the bar over the text (`barBottom`: its
 * lower edge in viewport coordinates, 0 for none) and the bottom of the view. True when it scrolled.
 */
function showCaret(view: EditorView, barBottom: number): boolean {
  const caret = caretRect(view);
  const scroller = scrollerOf(view.dom);
  const top = Math.max(barBottom, scroller === view.dom.ownerDocument.scrollingElement ? 0 : scroller.getBoundingClientRect().top);
  const bottom = scroller === view.dom.ownerDocument.scrollingElement ? window.innerHeight : scroller.getBoundingClientRect().bottom;
  let by = 0;
  if (caret.top < top + ROOM) by = caret.top - top - ROOM;
  else if (caret.bottom > bottom - ROOM) by = Math.min(caret.bottom - bottom + ROOM, caret.top - top - ROOM);
  if (Math.abs(by) < 1) return false;
  scroller.scrollTop += by;
  return true;
}

const pending = new WeakMap<EditorView, number>();

/**
 * Keeps the caret in view, and out from under a bar that stays over the top of the text (the
 * sticky toolbar), without making the browser lay the page out for it: the caret is looked at in
 * the next animation frame (when the browser lays the page out for painting anyway), scrolled to
 * if it is hidden, and looked at again on the frames after a scroll until it stays put. Calls made
 * before that frame are one. `now`: the page is laid out already (the caret moved, the text did
 * not change), so measuring costs nothing: look at once, before the frame is drawn. `barBottom`
 * gives the bar's lower edge in viewport coordinates (0: no bar).
 */
export function keepCaretInView(view: EditorView, barBottom: () => number, now = false): void {
  if (pending.has(view) && !now) return;
  let frames = SETTLE_FRAMES;
  const look = (): void => {
    pending.delete(view);
    if (view.isDestroyed || !view.dom.isConnected) return;
    if (showCaret(view, barBottom()) && --frames > 0) pending.set(view, requestAnimationFrame(look));
  };
  if (now) {
    const waiting = pending.get(view);
    if (waiting !== undefined) cancelAnimationFrame(waiting);
    look();
  } else pending.set(view, requestAnimationFrame(look));
}
