import { changeUnits, type ChangeUnit } from '../../shared/engine/changeCount';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';

/** One change as the review lists it. */
export interface ReviewItem {
  unit: ChangeUnit;
  /** Stable while the change itself is unchanged (line numbers left out): what "accepted" remembers. */
  key: string;
  /** The call it is in (`considering`), `Head lines` or `Footnotes`. */
  group: string;
  /** `b)` or the kind of line. */
  where: string;
  /** What happened, e.g. `inserted item`, `2 words deleted, 3 inserted`. */
  what: string;
  /** A short excerpt of the marked words. */
  excerpt: string;
}

function side(row: ChangeRow): ChangeRow['draft'] {
  return row.draft ?? row.base;
}

function describe(rows: ChangeRow[]): { what: string; excerpt: string } {
  const row = rows[0];
  const kind = row.kind === 'item' ? 'item' : row.kind === 'numberLine' ? 'number line' : row.kind === 'conferenceLine' ? 'conference line' : row.kind;
  const sub = rows.length > 1 && !row.move ? ` with ${rows.length - 1} sub-item${rows.length > 2 ? 's' : ''}` : '';
  const marked = row.spans.filter((s) => s.op !== 'equal');
  const excerpt = (marked.length ? marked.map((s) => (s.op === 'insert' ? `+${s.text.trim()}` : `−${s.text.trim()}`)).join(' ') : (side(row)?.text ?? '')).slice(0, 90);
  if (row.move) return { what: `moved ${kind}`, excerpt: (side(row)?.text ?? '').slice(0, 90) };
  if (row.status === 'inserted') return { what: `inserted ${kind}${sub}`, excerpt };
  if (row.status === 'deleted') return { what: `deleted ${kind}${sub}`, excerpt };
  if (row.base && row.draft && row.base.depth !== row.draft.depth) return { what: `${kind} nested differently`, excerpt };
  return { what: `changed ${kind}`, excerpt };
}

/** The engine's changes (counted as the change counter counts them) with their call and a description. */
export function reviewItems(changes: ChangeSet | null): ReviewItem[] {
  if (!changes) return [];
  const groups: string[] = [];
  let group = 'Head lines';
  for (const row of changes.rows) {
    if (row.kind === 'call') group = side(row)?.text || 'call';
    else if (row.kind === 'footnote') group = 'Footnotes';
    groups.push(group);
  }
  return changeUnits(changes.rows).map((unit) => {
    const rows = unit.rows.map((i) => changes.rows[i]);
    const first = rows[0];
    const label = first.draft?.label ?? first.base?.label;
    const { what, excerpt } = describe(rows);
    const key = JSON.stringify(rows.map((r) => [r.kind, r.status, r.base?.text, r.draft?.text, r.base?.label, r.draft?.label, r.base?.depth, r.draft?.depth]));
    return { unit, key, group: first.kind === 'call' ? 'Calls' : groups[unit.first], where: label ?? (first.kind === 'call' ? side(first)?.text ?? 'call' : first.kind), what, excerpt };
  });
}
