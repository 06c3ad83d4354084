import type { MenuItemConstructorOptions } from 'electron';
import type { FileEntry, HostCommand } from '../../shared/host/hostApi';
import { commandsIn, keysOn, type CommandSpec, type WindowCommandId } from '../../shared/commands/commandTable';
import { acceleratorOf, type Chord } from '../../shared/commands/keys';

/** What the menu items do (wired by main.ts). */
export interface MenuActions {
  command(c: HostCommand): void;
  openRecent(path: string): void;
  about(): void;
  openExternal(url: string): void;
}

/** Options of {@link buildMenuTemplate}. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recent: FileEntry[];
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

/** The ITU-D page linked from Help. */
export const WTDC_URL = 'https://www.itu.int/en/ITU-D/Conferences/WTDC/Pages/default.aspx';

/** The menu commands of the command table, each with the key its menu item takes (the first that a menu can show). */
function menuCommands(platform: NodeJS.Platform): { spec: CommandSpec; chord: Chord | undefined }[] {
  return commandsIn('menu').map((spec) => ({ spec, chord: keysOn(spec, platform === 'darwin' ? 'mac' : 'other').find((k) => acceleratorOf(k) !== undefined) }));
}

/**
 * The keys the menus take on `platform` (keymap notation): the host tells the page
 * (`AppInfo.menuKeys`), which then leaves them to the menus.
 */
export function menuKeys(platform: NodeJS.Platform): Chord[] {
  return menuCommands(platform).flatMap((m) => (m.chord ? [m.chord] : []));
}

/** File, Edit, View, Help (and the app menu on macOS) with the platform's shortcuts; the commands' items come from the command table. */
export function buildMenuTemplate(o: MenuOptions, a: MenuActions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const items = (menu: 'file' | 'help'): MenuItemConstructorOptions[] =>
    menuCommands(o.platform)
      .filter((m) => m.spec.menu?.in === menu)
      .map(({ spec, chord }) => ({
        id: spec.id,
        label: spec.menu!.label,
        ...(chord ? { accelerator: acceleratorOf(chord) } : {}),
        click: () => a.command({ type: spec.id as Exclude<WindowCommandId, 'open'> }),
      }));
  const [newItem, openItem, ...fileItems] = items('file');
  const about: MenuItemConstructorOptions = { label: `About ${o.appName}`, click: () => a.about() };
  const recent: MenuItemConstructorOptions[] = o.recent.length
    ? o.recent.map((f) => ({ label: f.name, sublabel: f.path, enabled: f.modified !== null, click: () => a.openRecent(f.path) }))
    : [{ label: 'No recent files', enabled: false }];
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: o.appName,
      submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push({
    label: '&File',
    submenu: [newItem, openItem, { label: 'Open &Recent', submenu: recent }, { type: 'separator' }, ...fileItems, { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit', label: 'E&xit', accelerator: 'Alt+F4' }],
  });
  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
    ],
  });
  template.push({
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(o.devTools ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  });
  template.push({
    label: '&Help',
    role: 'help',
    submenu: [...items('help'), { label: 'WTDC on the ITU website', click: () => a.openExternal(WTDC_URL) }, ...(mac ? [] : [{ type: 'separator' } as const, about])],
  });
  return template;
}
