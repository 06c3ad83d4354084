import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { CommandProps } from '@tiptap/react';
import { allKeysOf, type CommandId } from '../../shared/commands/commandTable';

/**
 * A TipTap keymap (`addKeyboardShortcuts`) binding each command's keys, as the command table
 * declares them, to what runs it. The keys are never written here.
 */
export function keymapOf(bindings: Partial<Record<CommandId, () => boolean>>): Record<string, () => boolean> {
  const keymap: Record<string, () => boolean> = {};
  for (const [id, run] of Object.entries(bindings) as [CommandId, () => boolean][]) for (const key of allKeysOf(id)) keymap[key] = run;
  return keymap;
}

/** A ProseMirror command, `(state, dispatch?) => boolean`: the editor's line commands are written so (testable without a view). */
export type PmCommand = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;

/** A ProseMirror command as the body of a TipTap command (`addCommands`), on TipTap's transaction. */
export function fromPm(command: PmCommand): (props: CommandProps) => boolean {
  return ({ state, dispatch }) => command(state, dispatch);
}
