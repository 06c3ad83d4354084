import { COMMAND_GROUPS, commandsIn, keysOn, type CommandGroup, type CommandId, type CommandSpec } from './commandTable';
import { chordLabel, type KeyPlatform } from './keys';

/** One line of the shortcut help (and of the README's table). */
export interface ShortcutRow {
  id: CommandId;
  group: CommandGroup;
  /** The keys as a user reads them, one entry per alternative (`F1`, `?`). */
  keys: string[];
  /** Where they apply, when only there (`at the end of an item`). */
  context?: string;
  what: string;
}

function labels(c: CommandSpec, platform: KeyPlatform): string[] {
  return keysOn(c, platform).map((k) => chordLabel(k, platform));
}

/** The shortcuts as the help panel lists them on `platform`, in group order. */
export function shortcutRows(platform: KeyPlatform): ShortcutRow[] {
  const rows = commandsIn('help')
    .filter((c) => c.keys.length > 0)
    .map((c): ShortcutRow => ({ id: c.id, group: c.group, keys: labels(c, platform), ...(c.context ? { context: c.context } : {}), what: c.label }));
  return COMMAND_GROUPS.flatMap((g) => rows.filter((r) => r.group === g));
}

/**
 * The README's shortcut table rows (`| keys | what |`), exactly as the README must list them: the
 * macOS keys after the others when they take ⌘ or ⌥ (`Ctrl+Alt+F (⌘⌥F)`).
 */
export function readmeShortcutLines(): string[] {
  const mac = new Map(shortcutRows('mac').map((r) => [r.id, r.keys.join(' or ')]));
  return shortcutRows('other').map((r) => {
    const c = commandsIn('help').find((x) => x.id === r.id)!;
    const both = c.macKeys || c.keys.some((k) => /\b(Mod|Alt)-/.test(k)) ? `${r.keys.join(' or ')} (${mac.get(r.id)})` : r.keys.join(' or ');
    return `| ${r.context ? `${both} ${r.context}` : both} | ${r.what} |`;
  });
}
