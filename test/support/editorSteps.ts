import type { EditorState, Transaction } from '@tiptap/pm/state';
import { guardStructure } from '../../renderer/editor/structureGuard';

/** A ProseMirror command as the resolution keyboard's are written. */
export type Command = (s: EditorState, d?: (tr: Transaction) => void) => boolean;

/** Apply a transaction and the structure guard, as the editor does. */
export function applyGuarded(state: EditorState, tr: Transaction): EditorState {
  const next = state.apply(tr);
  const fix = guardStructure(next);
  return fix ? next.apply(fix) : next;
}

/** Run a command on `state` and return the state it leaves (the same state when it does nothing). */
export function runCommand(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = applyGuarded(state, tr)));
  return next;
}
