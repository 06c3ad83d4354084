import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { keepsResolutionStructure } from './resolutionStructure';

type Dispatch = (tr: Transaction) => void;

const DELETABLE = new Set(['paragraph', 'item', 'call']);

/** The block range `[from, to)` to delete for the empty line at `index`, or null where nothing can go. */
function rangeFor(children: PMNode[], index: number, valid: (rest: PMNode[]) => boolean): { from: number; to: number } | null {
  const without = (from: number, to: number): PMNode[] => [...children.slice(0, from), ...children.slice(to)];
  if (valid(without(index, index + 1))) return { from: index, to: index + 1 };
  // the only line under its call: the call cannot stand without it, so the two go together
  const prev = children[index - 1];
  const next = children[index + 1];
  const onlyLine = prev?.type.name === 'call' && (!next || next.type.name === 'call' || next.type.name === 'footnote');
  if (onlyLine && children[index].type.name !== 'call' && valid(without(index - 1, index + 1))) return { from: index - 1, to: index + 1 };
  return null;
}

function remove(direction: -1 | 1, state: EditorState, dispatch?: Dispatch): boolean {
  const { selection, doc } = state;
  if (!selection.empty || selection.$from.depth !== 1) return false;
  const index = selection.$from.index(0);
  const node = doc.child(index);
  if (!DELETABLE.has(node.type.name) || node.content.size > 0) return false;
  const children: PMNode[] = [];
  doc.forEach((n) => children.push(n));
  const range = rangeFor(children, index, (rest) => keepsResolutionStructure(children, rest));
  // refused where the resolution needs the line (the first call)
  if (!range) return false;
  if (!dispatch) return true;
  let start = 0;
  for (let i = 0; i < range.from; i++) start += children[i].nodeSize;
  let end = start;
  for (let i = range.from; i < range.to; i++) end += children[i].nodeSize;
  const tr = state.tr.delete(start, end);
  const $at = tr.doc.resolve(Math.min(start, tr.doc.content.size));
  tr.setSelection(direction < 0 ? TextSelection.near(tr.doc.resolve(Math.max(0, start - 1)), -1) : TextSelection.near($at, 1));
  dispatch(tr.scrollIntoView());
  return true;
}

/**
 * Backspace in an empty paragraph, item or call: delete the line and go to the end of the one
 * before. The only line under a call goes with its call (a call cannot stand alone).
 */
export function deleteEmptyBackward(state: EditorState, dispatch?: Dispatch): boolean {
  return remove(-1, state, dispatch);
}

/** Delete in an empty paragraph, item or call: delete the line and go to the start of the one after. */
export function deleteEmptyForward(state: EditorState, dispatch?: Dispatch): boolean {
  return remove(1, state, dispatch);
}
