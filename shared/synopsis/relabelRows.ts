import type { EntryType, Synopsis, SynopsisRow } from './synopsisTypes';

/** The changes of structure that relabel the items after them in their list. */
const STRUCTURAL: ReadonlySet<EntryType> = new Set<EntryType>(['inserted', 'deleted', 'movedAway', 'movedHere']);

/**
 * Whether every source's change on a row is a relabel alone (`b)` becomes `c)` because a line was
 * inserted, deleted or moved above it): nothing to decide there, the merge relabels from position.
 */
export function relabelOnly(row: SynopsisRow): boolean {
  return row.entries.length > 0 && row.entries.every((e) => e.type === 'modified' && e.relabelled && e.words.length === 0 && e.row.base?.depth === e.row.draft?.depth);
}

/**
 * For each relabel-only row (by index), the row whose change caused it: the nearest row above it
 * where one of the same sources inserts, deletes or moves a line. A relabel-only row with no such
 * row above is left out (it is shown as a row of its own).
 */
export function relabelCauses(s: Synopsis): Map<number, number> {
  const last = new Map<number, number>();
  const causes = new Map<number, number>();
  s.rows.forEach((row, ri) => {
    if (relabelOnly(row)) {
      const cause = Math.max(...row.entries.map((e) => last.get(e.source) ?? -1));
      if (cause >= 0) causes.set(ri, cause);
      return;
    }
    for (const e of row.entries) if (STRUCTURAL.has(e.type)) last.set(e.source, ri);
  });
  return causes;
}
