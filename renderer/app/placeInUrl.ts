import type { Selection } from './Sidebar';

/**
 * The place in the window (the resolution or draft shown) kept in the address's fragment, so a
 * reload, Done in a dialog or an error keeps it: `#resolution=34`, `#draft=<proposal id>`.
 */
export function selectionFromHash(hash: string): Selection {
  const m = /^#(resolution|draft)=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return null;
  return m[1] === 'resolution' ? { type: 'baseline', number: m[2] } : { type: 'proposal', id: m[2] };
}

/** The fragment for a selection (`''` for none). */
export function hashOf(selection: Selection): string {
  if (!selection) return '';
  return selection.type === 'baseline' ? `#resolution=${selection.number}` : `#draft=${selection.id}`;
}

/** Records the selection in the address without adding a history entry. */
export function rememberSelection(selection: Selection): void {
  const hash = hashOf(selection);
  if (window.location.hash === hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(null, '', url);
}
