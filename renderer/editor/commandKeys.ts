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
