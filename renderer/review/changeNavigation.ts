import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
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

/**
 * Moves the caret to the next (+1) or previous (-1) change after or before the caret's line;
 * a relabel alone is not a stop. Returns false when there is none that way.
 */
export function goToChange(editor: Editor, changes: ChangeSet | null, direction: 1 | -1): boolean {
  if (!changes) return false;
  const { state } = editor;
  const places = changePlaces(state.doc, changes);
  if (places.length === 0) return false;
  const { $from } = state.selection;
  const here = $from.depth >= 1 ? $from.index(0) : 0;
  const last = lastStop.get(editor);
  const atLast = last && last.pos === state.selection.from ? last.index : null;
  const current = atLast ?? here;
  const place = direction > 0 ? places.find((p) => p.index > current) : places.findLast((p) => p.index < current);
  if (!place) return false;
  const $pos = state.doc.resolve(Math.min(place.pos, state.doc.content.size));
  editor.view.dispatch(state.tr.setSelection(TextSelection.near($pos, 1)).scrollIntoView());
  lastStop.set(editor, { pos: editor.state.selection.from, index: place.index });
  editor.view.focus();
  return true;
}

/** The change the caret was last moved to, so a deleted line (between two blocks) is stepped over once. */
const lastStop = new WeakMap<Editor, { pos: number; index: number }>();
