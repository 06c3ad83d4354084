import type { Selection } from './selection';

const ADOPTED = '#adopted=';

/**
 * The place in the window (the resolution or draft shown) kept in the address's fragment, so a
 * reload, Done in a dialog or an error keeps it: `#resolution=34`, `#draft=<proposal id>`,
 * `#adopted=kigali-2022/58/12` (an adopted text at a line).
 */
export function selectionFromHash(hash: string): Selection {
  if (hash.startsWith(ADOPTED)) {
    const [edition, number, line, ...rest] = hash.slice(ADOPTED.length).split('/');
    const digits = (x: string | undefined): boolean => x !== undefined && /^\d+$/.test(x);
    if (!edition || !digits(number) || (line !== undefined && !digits(line)) || rest.length) return null;
    return { type: 'adopted', edition, number, ...(line !== undefined ? { line: Number(line) } : {}) };
  }
  const m = /^#(resolution|draft)=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return null;
  return m[1] === 'resolution' ? { type: 'baseline', number: m[2] } : { type: 'proposal', id: m[2] };
}

/** The fragment for a selection (`''` for none). */
export function hashOf(selection: Selection): string {
  if (!selection) return '';
  if (selection.type === 'adopted') return `#adopted=${selection.edition}/${selection.number}${selection.line !== undefined ? `/${selection.line}` : ''}`;
  return selection.type === 'baseline' ? `#resolution=${selection.number}` : `#draft=${selection.id}`;
}

/** Records the selection in the address without adding a history entry. */
export function rememberSelection(selection: Selection): void {
  const hash = hashOf(selection);
  if (window.location.hash === hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(null, '', url);
}
