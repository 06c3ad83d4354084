/**
 * One table of commands: the README's shortcut table is exactly the table's, every key is bound
 * once where it is bound, the desktop menu is built from it, and the page's key matching reads the
 * same notation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, TOOLBAR_GROUPS, allKeysOf, commandsIn, toolbarCommands } from '../../shared/commands/commandTable';
import { acceleratorOf, chordLabel, chordMatches, type KeyPress } from '../../shared/commands/keys';
import { readmeShortcutLines, shortcutRows } from '../../shared/commands/shortcutRows';
import { buildMenuTemplate, menuKeys } from '../../main/electron/appMenu';
import type { HostCommand } from '../../shared/host/hostApi';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The rows of the README's shortcut table (after its `| key | what it does |` header). */
function readmeRows(): string[] {
  const lines = README.split('\n');
  const head = lines.indexOf('| key | what it does |');
  expect(head).toBeGreaterThan(0);
  const rows: string[] = [];
  for (let i = head + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
  return rows;
}

const press = (p: Partial<KeyPress>): KeyPress => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...p });

describe('the command table', () => {
  it('the README lists exactly its shortcuts, in its words and order', () => {
    expect(readmeRows()).toEqual(readmeShortcutLines());
    expect(readmeRows().length).toBe(COMMANDS.filter((c) => c.places.includes('help') && c.keys.length > 0).length);
  });

  it('declares each command once, and binds each key once where the page or the editor binds it', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const place of ['window', 'editor'] as const) {
      const keys = commandsIn(place).flatMap((c) => allKeysOf(c.id));
      expect(new Set(keys).size, place).toBe(keys.length);
    }
    for (const c of COMMANDS) if (c.places.includes('window') || c.places.includes('editor') || c.places.includes('help')) expect(c.keys.length + (c.places.includes('toolbar') ? 1 : 0), c.id).toBeGreaterThan(0);
  });

  it('puts every toolbar command in one group of the toolbar, and every group has commands', () => {
    for (const c of COMMANDS) expect(c.places.includes('toolbar'), c.id).toBe(c.toolbar !== undefined);
    for (const g of TOOLBAR_GROUPS) expect(toolbarCommands(g).length, g).toBeGreaterThan(0);
    expect(TOOLBAR_GROUPS.flatMap((g) => toolbarCommands(g))).toHaveLength(commandsIn('toolbar').length);
  });

  it('shows keys as users read them on each platform', () => {
    expect(chordLabel('Mod-Shift-s')).toBe('Ctrl+Shift+S');
    expect(chordLabel('Mod-Alt-f', 'mac')).toBe('⌘⌥F');
    expect(chordLabel('Alt-Shift-ArrowUp')).toBe('Alt+Shift+↑');
    expect(chordLabel('Escape Tab')).toBe('Esc, then Tab');
    expect(shortcutRows('other').find((r) => r.id === 'redo')?.keys).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
    expect(shortcutRows('mac').find((r) => r.id === 'redo')?.keys).toEqual(['⌘⇧Z']);
    expect(shortcutRows('other').find((r) => r.id === 'newLine')).toMatchObject({ keys: ['Enter'], context: 'at the end of an item' });
  });

  it('matches key presses as the page receives them', () => {
    expect(chordMatches('Mod-s', press({ key: 's', code: 'KeyS', ctrlKey: true }))).toBe(true);
    expect(chordMatches('Mod-s', press({ key: 's', code: 'KeyS', metaKey: true }))).toBe(true);
    expect(chordMatches('Mod-s', press({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(chordMatches('Mod-Alt-s', press({ key: 'ß', code: 'KeyS', ctrlKey: true, altKey: true }))).toBe(true);
    expect(chordMatches('Mod-,', press({ key: ',', code: 'Comma', ctrlKey: true }))).toBe(true);
    expect(chordMatches('?', press({ key: '?', code: 'Slash', shiftKey: true }))).toBe(true);
    expect(chordMatches('F1', press({ key: 'F1', code: 'F1' }))).toBe(true);
    expect(chordMatches('Alt-Shift-F6', press({ key: 'F6', code: 'F6', altKey: true }))).toBe(false);
    expect(chordMatches('Escape Tab', press({ key: 'Tab', code: 'Tab' }))).toBe(false);
  });
});

describe('the desktop menu is built from the table', () => {
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

  it('every menu command is an item with its key, and sends its command', () => {
    const sent: HostCommand[] = [];
    const items = flat(buildMenuTemplate({ platform: 'linux', appName: 'Resolution Drafter', recent: [], devTools: false }, { command: (c) => sent.push(c), openRecent: () => undefined, about: () => undefined, openExternal: () => undefined }));
    for (const c of commandsIn('menu')) {
      const item = items.find((i) => i.id === c.id);
      expect(item, c.id).toBeDefined();
      expect(item!.label).toBe(c.menu!.label);
      // a menu command without a key (Share for co-drafting…) has no accelerator
      expect(item!.accelerator).toBe(c.keys.length ? acceleratorOf(c.keys[0]) : undefined);
      (item!.click as () => void)();
      expect(sent.at(-1)).toEqual({ type: c.id });
    }
  });

  it('the host tells the page the keys its menus take: the page answers the rest (F1 is the menu\'s, ? the page\'s)', () => {
    const keys = menuKeys('linux');
    expect(keys).toEqual(expect.arrayContaining(['Mod-s', 'Mod-Shift-s', 'Mod-o', 'F1']));
    expect(keys).not.toContain('?');
    expect(keys).not.toContain('Mod-h');
  });
});
