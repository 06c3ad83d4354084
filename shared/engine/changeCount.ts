import type { ChangeRow } from './changeSet';

/** One change a reader steps to: a run of rows the engine marked, counted once. */
export interface ChangeUnit {
  /** Index in `rows` of the first row of the change. */
  first: number;
  /** Indices in `rows` of every row the change covers (an inserted item and its sub-items, a move's two places). */
  rows: number[];
}

/** Whether a row carries a change of its own (a relabel alone, with the same text and kind, does not). */
export function isOwnChange(row: ChangeRow): boolean {
  if (row.status === 'inserted' || row.status === 'deleted') return true;
  if (row.status === 'unchanged') return false;
  if (row.base && row.draft && row.base.depth !== row.draft.depth) return true;
  if (row.base && row.draft && (row.base.label === undefined) !== (row.draft.label === undefined)) return true;
  return row.spans.some((s) => s.op !== 'equal');
}

/**
 * The changes of a change set as a reader counts them (the change counter, Next change, review):
 * a relabel that follows from another edit is not a change of its own; an inserted or deleted item
 * counts once with its sub-items; a moved item counts once (its old and new places together).
 */
export function changeUnits(rows: ChangeRow[]): ChangeUnit[] {
  const units: ChangeUnit[] = [];
  const moves = new Map<number, ChangeUnit>();
  let open: { unit: ChangeUnit; status: ChangeRow['status']; depth: number } | null = null;
  rows.forEach((row, i) => {
    if (row.move) {
      open = null;
      const known = moves.get(row.move.id);
      if (known) known.rows.push(i);
      else {
        const unit = { first: i, rows: [i] };
        moves.set(row.move.id, unit);
        units.push(unit);
      }
      return;
    }
    if (!isOwnChange(row)) {
      open = null;
      return;
    }
    const side = row.draft ?? row.base;
    const depth = side?.depth ?? 0;
    const whole = row.status === 'inserted' || row.status === 'deleted';
    if (whole && open && open.status === row.status && row.kind === 'item' && depth > open.depth) {
      open.unit.rows.push(i);
      return;
    }
    const unit = { first: i, rows: [i] };
    units.push(unit);
    open = whole && row.kind === 'item' ? { unit, status: row.status, depth } : null;
  });
  return units;
}

/** How many changes a change set holds, counted as {@link changeUnits} does. */
export function countChanges(rows: ChangeRow[]): number {
  return changeUnits(rows).length;
}
