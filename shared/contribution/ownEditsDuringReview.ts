import { changeUnits } from '../engine/changeCount';
import { compare } from '../engine/compare';
import type { Resolution } from '../model/resolution';
import { resolutionFromRows } from './reviewLines';

/**
 * What the delegate sent, with the delegate's own edit folded in: an edit (from `draft` to `next`)
 * of lines the colleagues left as they were is the delegate's, not a change to review, so it goes
 * into `before` too. An edit touching a line a colleague changed stays part of that change (null).
 * The engine's rows decide every line; nothing is diffed here.
 */
export function withOwnEdit(before: Resolution, draft: Resolution, next: Resolution): Resolution | null {
  const theirs = compare(before, draft);
  // draft lines the colleagues left alone, and the line of `before` each one is
  const untouched = new Map<number, number>();
  for (const row of theirs.rows) if (row.status === 'unchanged' && !row.relabelled && row.base && row.draft) untouched.set(row.draft.line, row.base.line);
  const edit = compare(draft, next);
  const editedNext = new Set<number>();
  const deletedBefore = new Set<number>();
  const editedBefore = new Set<number>();
  for (const unit of changeUnits(edit.rows)) {
    for (const i of unit.rows) {
      const row = edit.rows[i];
      if (row.base) {
        const b = untouched.get(row.base.line);
        if (b === undefined) return null;
        if (row.draft) editedBefore.add(b);
        else deletedBefore.add(b);
      }
      if (row.draft) editedNext.add(row.draft.line);
    }
  }
  if (editedNext.size === 0 && deletedBefore.size === 0) return null;
  const rows = compare(before, next).rows;
  return resolutionFromRows(before, next, rows, (i) => {
    const row = rows[i];
    if (row.draft) return editedNext.has(row.draft.line) && (!row.base || editedBefore.has(row.base.line));
    return !!row.base && deletedBefore.has(row.base.line);
  });
}
