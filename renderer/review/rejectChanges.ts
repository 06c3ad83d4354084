import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Extension } from '@tiptap/react';
import type { ChangeUnit } from '../../shared/engine/changeCount';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import { kindStartingWith } from '../../shared/grammar/labels';
import { inlineContent } from '../editor/fromModel';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';

type Op = { from: number; to: number; nodes: PMNode[]; order: number };

const NODE_OF_KIND: Record<ChangeRow['kind'], string> = {
  numberLine: 'numberLine',
  title: 'title',
  conferenceLine: 'conferenceLine',
  call: 'call',
  paragraph: 'paragraph',
  item: 'item',
  footnote: 'footnote',
};

function inline(schema: Schema, text: string): PMNode[] {
  return inlineContent(text).map((c) => schema.nodeFromJSON(c));
}

/** The adopted line of a row as an editor block. */
function baseBlock(schema: Schema, row: ChangeRow, like?: PMNode): PMNode {
  const base = row.base!;
  const type = schema.nodes[NODE_OF_KIND[row.kind]];
  let attrs: Record<string, unknown> | undefined;
  if (row.kind === 'item') attrs = { depth: base.depth, kind: (base.label && kindStartingWith(base.label)) || like?.attrs.kind || 'alpha' };
  else if (row.kind === 'footnote') attrs = { id: footnoteRefNumber(base.label ?? '') ?? Number(like?.attrs.id ?? 1) };
  return type.create(attrs, inline(schema, base.text));
}

/**
 * A transaction that rejects `units` of the engine's change set: each changed line gets its adopted
 * text back (and its depth), an inserted line is removed, a deleted line comes back where it stood,
 * a moved item goes back. One transaction: one undo step. Null when there is nothing to reject.
 */
export function rejectChanges(state: EditorState, changes: ChangeSet, units: ChangeUnit[]): Transaction | null {
  const { doc, schema } = state;
  const starts: number[] = [];
  doc.forEach((_n, offset) => starts.push(offset));
  const rows = changes.rows;
  const nextDraft: number[] = new Array<number>(rows.length);
  let next = doc.childCount;
  for (let i = rows.length - 1; i >= 0; i--) {
    const line = rows[i].draft?.line;
    if (line !== undefined) next = line;
    nextDraft[i] = next;
  }
  const at = (line: number): number => (line < doc.childCount ? starts[line] : doc.content.size);
  const ops: Op[] = [];
  for (const unit of units) {
    for (const i of unit.rows) {
      const row = rows[i];
      if (row.draft && !row.base) {
        const start = starts[row.draft.line];
        ops.push({ from: start, to: start + doc.child(row.draft.line).nodeSize, nodes: [], order: i });
      } else if (row.base && !row.draft) {
        const pos = at(nextDraft[i]);
        ops.push({ from: pos, to: pos, nodes: [baseBlock(schema, row)], order: i });
      } else if (row.base && row.draft) {
        const start = starts[row.draft.line];
        const old = doc.child(row.draft.line);
        ops.push({ from: start, to: start + old.nodeSize, nodes: [baseBlock(schema, row, old)], order: i });
      }
    }
  }
  if (ops.length === 0) return null;
  // from the end of the document back, so earlier positions stay valid; inserts at one place in reverse row order
  ops.sort((a, b) => b.from - a.from || b.order - a.order);
  const tr = state.tr;
  for (const op of ops) tr.replaceWith(op.from, op.to, op.nodes);
  return tr;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    changeReview: {
      /** Reject these changes of the engine's change set: each line gets its adopted text back (one undo step). */
      rejectChanges: (changes: ChangeSet, units: ChangeUnit[]) => ReturnType;
    };
  }
}

/** Reviewing the proposal's changes against the adopted text, as a TipTap command. */
export const ChangeReview = Extension.create({
  name: 'changeReview',
  addCommands() {
    return {
      rejectChanges:
        (changes, units) =>
        ({ state, dispatch }) => {
          const tr = rejectChanges(state, changes, units);
          if (tr && dispatch) dispatch(tr);
          return tr !== null;
        },
    };
  },
});
