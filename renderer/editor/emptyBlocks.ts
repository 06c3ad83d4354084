import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

type Dispatch = (tr: Transaction) => void;

const DELETABLE = new Set(['paragraph', 'item', 'call']);

function remove(direction: -1 | 1, state: EditorState, dispatch?: Dispatch): boolean {
  const { selection, doc } = state;
  if (!selection.empty || selection.$from.depth !== 1) return false;
  const index = selection.$from.index(0);
  const node = doc.child(index);
  if (!DELETABLE.has(node.type.name) || node.content.size > 0) return false;
  const children: PMNode[] = [];
  doc.forEach((n) => children.push(n));
  // refused where the resolution needs the line (the only line under a call, the first call)
  if (!doc.type.validContent(Fragment.from([...children.slice(0, index), ...children.slice(index + 1)]))) return false;
  if (!dispatch) return true;
  const start = selection.$from.before(1);
  const tr = state.tr.delete(start, start + node.nodeSize);
  const $at = tr.doc.resolve(Math.min(start, tr.doc.content.size));
  tr.setSelection(direction < 0 ? TextSelection.near(tr.doc.resolve(Math.max(0, start - 1)), -1) : TextSelection.near($at, 1));
  dispatch(tr.scrollIntoView());
  return true;
}

/** Backspace in an empty paragraph, item or call: delete the line and go to the end of the one before. */
export function deleteEmptyBackward(state: EditorState, dispatch?: Dispatch): boolean {
  return remove(-1, state, dispatch);
}

/** Delete in an empty paragraph, item or call: delete the line and go to the start of the one after. */
export function deleteEmptyForward(state: EditorState, dispatch?: Dispatch): boolean {
  return remove(1, state, dispatch);
}
