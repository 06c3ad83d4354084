import type { Node as PMNode } from '@tiptap/pm/model';
import { changeUnits, type ChangeUnit } from '../../shared/engine/changeCount';
import type { ChangeSet } from '../../shared/engine/changeSet';

/** Where a change is in the editor: the document position to put the caret at, and the block index. */
export interface ChangePlace {
  unit: ChangeUnit;
  /** Position inside the block of the change (a deleted line: the start of the next line). */
  pos: number;
  /** Top-level block index; a deleted line sits between two blocks (`index - 0.5`). */
  index: number;
}

/** The places of the engine's changes (as the change counter counts them) in an editor document. */
export function changePlaces(doc: PMNode, changes: ChangeSet): ChangePlace[] {
  const starts: number[] = [];
  doc.forEach((_n, offset) => starts.push(offset));
  // the next draft line after each row, for deleted rows
  const rows = changes.rows;
  const nextDraftLine: number[] = new Array<number>(rows.length);
  let next = doc.childCount;
  for (let i = rows.length - 1; i >= 0; i--) {
    const line = rows[i].draft?.line;
    if (line !== undefined) next = line;
    nextDraftLine[i] = next;
  }
  return changeUnits(rows).map((unit) => {
    const row = rows[unit.first];
    if (row.draft) return { unit, pos: starts[row.draft.line] + 1, index: row.draft.line };
    const line = nextDraftLine[unit.first];
    const pos = line < doc.childCount ? starts[line] + 1 : doc.content.size - 1;
    return { unit, pos, index: line - 0.5 };
  });
}
