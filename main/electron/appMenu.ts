import type { MenuItemConstructorOptions } from 'electron';
import type { FileEntry, HostCommand } from '../../shared/host/hostApi';

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

/** File, Edit, View, Help (and the app menu on macOS) with the platform's shortcuts. */
export function buildMenuTemplate(o: MenuOptions, a: MenuActions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
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
    submenu: [
      { label: '&New Contribution', accelerator: 'CmdOrCtrl+N', click: () => a.command({ type: 'new' }) },
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => a.command({ type: 'open' }) },
      { label: 'Open &Recent', submenu: recent },
      { type: 'separator' },
      { label: '&Save', accelerator: 'CmdOrCtrl+S', click: () => a.command({ type: 'save' }) },
      { label: 'Save &As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => a.command({ type: 'saveAs' }) },
      { label: 'Save &Version…', accelerator: 'CmdOrCtrl+Alt+S', click: () => a.command({ type: 'createVersion' }) },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit', accelerator: 'Alt+F4' },
    ],
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
    submenu: [{ label: 'WTDC on the ITU website', click: () => a.openExternal(WTDC_URL) }, ...(mac ? [] : [{ type: 'separator' } as const, about])],
  });
  return template;
}
