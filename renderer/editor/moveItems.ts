import { Extension } from '@tiptap/react';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { fromPm, keymapOf } from './commandKeys';
import { keepsResolutionStructure } from './resolutionStructure';

/**
 * Meta of a move's transaction: the document positions (after it) where the blocks the delegate
 * moved now start. The revision marks keep them as the engine's hint for a tie (which of two items moved).
 */
export const MOVED_BLOCKS_META = 'resdraftMovedBlocks';

type Dispatch = (tr: Transaction) => void;

const MOVABLE = new Set(['item', 'paragraph']);

function depthOf(node: PMNode): number {
  return node.type.name === 'item' ? Number(node.attrs.depth) || 0 : 0;
}

/** End (exclusive block index) of the block at `index` with its sub-items. */
export function unitEnd(doc: PMNode, index: number): number {
  const node = doc.child(index);
  if (node.type.name !== 'item') return index + 1;
  const depth = depthOf(node);
  let end = index + 1;
  while (end < doc.childCount && doc.child(end).type.name === 'item' && depthOf(doc.child(end)) > depth) end++;
  return end;
}

/** Where the unit `[from, to)` goes when moved one step up (a block index), or null at the top. */
function targetUp(doc: PMNode, from: number, depth: number): number | null {
  const prev = from - 1;
  if (prev < 0) return null;
  const before = doc.child(prev);
  if (before.type.name === 'call') {
    // the first block of a call: to the end of the previous call, if there is one
    for (let i = prev - 1; i >= 0; i--) if (doc.child(i).type.name === 'call') return prev;
    return null;
  }
  if (!MOVABLE.has(before.type.name)) return null;
  // above the previous sibling together with its sub-items
  let s = prev;
  while (s > 0 && doc.child(s).type.name === 'item' && depthOf(doc.child(s)) > depth) s--;
  return MOVABLE.has(doc.child(s).type.name) ? s : prev;
}

/** Where the unit `[from, to)` goes when moved one step down (insert before this block index), or null at the end. */
function targetDown(doc: PMNode, to: number, depth: number): number | null {
  if (to >= doc.childCount) return null;
  const next = doc.child(to);
  if (next.type.name === 'call') return to + 1;
  if (!MOVABLE.has(next.type.name)) return null;
  // a last sub-item goes to the top of the next item's sub-list; a sibling is passed with its sub-items
  return depthOf(next) < depth ? to + 1 : unitEnd(doc, to);
}

function move(direction: -1 | 1, state: EditorState, dispatch?: Dispatch): boolean {
  const { $from } = state.selection;
  if ($from.depth < 1) return false;
  const doc = state.doc;
  const from = $from.index(0);
  const node = doc.child(from);
  if (!MOVABLE.has(node.type.name)) return false;
  const to = unitEnd(doc, from);
  const target = direction < 0 ? targetUp(doc, from, depthOf(node)) : targetDown(doc, to, depthOf(node));
  if (target === null) return false;
  const children: PMNode[] = [];
  doc.forEach((n) => children.push(n));
  const unit = children.slice(from, to);
  const rest = [...children.slice(0, from), ...children.slice(to)];
  const at = direction < 0 ? target : target - unit.length;
  const next = [...rest.slice(0, at), ...unit, ...rest.slice(at)];
  // a call must keep at least one block: a move that would empty one is refused
  if (!keepsResolutionStructure(children, next)) return false;
  if (!dispatch) return true;
  const posOf = (index: number): number => {
    let pos = 0;
    for (let i = 0; i < index; i++) pos += children[i].nodeSize;
    return pos;
  };
  const start = posOf(from);
  const end = posOf(to);
  const offset = state.selection.from - start;
  const tr = state.tr;
  const insertAt = posOf(target);
  let landed: number;
  if (direction < 0) {
    tr.delete(start, end).insert(insertAt, Fragment.from(unit));
    landed = insertAt;
  } else {
    tr.insert(insertAt, Fragment.from(unit)).delete(start, end);
    landed = insertAt - (end - start);
  }
  tr.setSelection(TextSelection.create(tr.doc, landed + offset));
  const moved: number[] = [];
  for (const block of unit) {
    moved.push(landed);
    landed += block.nodeSize;
  }
  dispatch(tr.setMeta(MOVED_BLOCKS_META, moved).scrollIntoView());
  return true;
}

/**
 * Alt+Shift+↑: move the item (or paragraph) at the caret with its sub-items above the previous
 * one, as Word moves paragraphs; from the top of a call's list into the end of the previous call.
 * Labels follow from the new position; the engine marks the move.
 */
export function moveItemUp(state: EditorState, dispatch?: Dispatch): boolean {
  return move(-1, state, dispatch);
}

/** Alt+Shift+↓: move the item (or paragraph) at the caret with its sub-items below the next one, or into the next call. */
export function moveItemDown(state: EditorState, dispatch?: Dispatch): boolean {
  return move(1, state, dispatch);
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    itemMoves: {
      /** Move the item (with its sub-items) or paragraph at the caret up, into the previous call from the top of a list. */
      moveItemUp: () => ReturnType;
      /** Move it down, into the next call from the end of a list. */
      moveItemDown: () => ReturnType;
    };
  }
}

/** Moving items as Word moves paragraphs (Alt+Shift+↑/↓ by the command table), as TipTap commands. */
export const ItemMoves = Extension.create({
  name: 'itemMoves',
  addCommands() {
    return {
      moveItemUp: () => fromPm(moveItemUp),
      moveItemDown: () => fromPm(moveItemDown),
    };
  },
  addKeyboardShortcuts() {
    const editor = this.editor;
    return keymapOf({ moveItemUp: () => editor.commands.moveItemUp(), moveItemDown: () => editor.commands.moveItemDown() });
  },
});
