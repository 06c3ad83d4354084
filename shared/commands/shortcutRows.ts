import { COMMAND_GROUPS, commandsIn, keysOn, type CommandGroup, type CommandId, type CommandSpec } from './commandTable';
import { chordLabel, type KeyPlatform } from './keys';

/** One line of the shortcut help (and of the README's table). */
export interface ShortcutRow {
  id: CommandId;
  group: CommandGroup;
  /** The keys as a user reads them, with where they apply: `Enter at the end of an item`, `F1 or ?`. */
  keys: string;
  what: string;
}

function keysText(c: CommandSpec, platform: KeyPlatform): string {
  return keysOn(c, platform)
    .map((k) => chordLabel(k, platform))
    .join(' or ');
}

/**
 * The shortcuts as the help panel lists them, in group order. `both` writes the macOS keys after
 * the others when they take ⌘ or ⌥ (`Ctrl+Alt+F (⌘⌥F)`), as the README does.
 */
export function shortcutRows(platform: KeyPlatform | 'both'): ShortcutRow[] {
  const rows = commandsIn('help')
    .filter((c) => c.keys.length > 0)
    .map((c) => {
      let keys = keysText(c, platform === 'both' ? 'other' : platform);
      if (platform === 'both' && (c.macKeys || c.keys.some((k) => /\b(Mod|Alt)-/.test(k)))) keys = `${keys} (${keysText(c, 'mac')})`;
      return { id: c.id, group: c.group, keys: c.context ? `${keys} ${c.context}` : keys, what: c.label };
    });
  return COMMAND_GROUPS.flatMap((g) => rows.filter((r) => r.group === g));
}

/** The README's shortcut table rows (`| keys | what |`), exactly as the README must list them. */
export function readmeShortcutLines(): string[] {
  return shortcutRows('both').map((r) => `| ${r.keys} | ${r.what} |`);
}
