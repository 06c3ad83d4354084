// Electron main process: wires the plain-Node services to the window, IPC, dialogs and menus.
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join, resolve } from 'node:path';
import { CONTRIBUTION_EXTENSION } from '../../shared/contribution/schema';
import type { HostCommand } from '../../shared/host/hostApi';
import { COMMAND_CHANNEL, type InvokableMethod } from '../../shared/host/hostMethods';
import { createAppContext, readVersion, type AppContext } from '../host/appContext';
import { createHostHandlers, type HostHandler } from '../host/hostHandlers';
import { createHostService, type HostImpl } from '../host/hostService';
import { freeFileName } from '../services/freeFileName';
import { buildMenuTemplate, menuKeys } from './appMenu';
import { showAbout } from './aboutBox';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { mayClose } from './closeGuard';
import { windowTitle } from './documentTitle';
import { registerHostIpc } from './ipcHandlers';
import { createMainWindow } from './mainWindow';
import { hostPreloadRegistration } from './hostPreload';
import { nativeDialogs } from './nativeDialogs';
import { printHtmlToPdf } from './pdfPrinter';
import { hardenApp, openExternalFromPage, openExternalSafely } from './security';

// every renderer is sandboxed, whatever a future window forgets to set
app.enableSandbox();
registerAppScheme();
hardenApp();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

/** A contribution file named on the command line (file association on Windows/Linux). */
function fileArg(argv: string[]): string | undefined {
  const f = argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(CONTRIBUTION_EXTENSION));
  return f ? resolve(f) : undefined;
}

function start(): void {
  let win: BrowserWindow | null = null;
  let ctx: AppContext;
  let service: HostImpl;
  let closing = false;
  let closeTimer: NodeJS.Timeout | undefined;
  let menuKey = '';
  const granted = new Set<string>();
  let pendingOpen = fileArg(process.argv);

  const send = (command: HostCommand) => {
    if (win && !win.isDestroyed()) win.webContents.send(COMMAND_CHANNEL, command);
  };
  const openPath = (path: string) => {
    granted.add(path); // chosen by the user outside the page: the renderer may open it
    send({ type: 'open', path });
  };
  const about = async () => showAbout(win, await service.getAppInfo(), ctx.corpus.list().length);

  const refresh = () => {
    if (!win || win.isDestroyed()) return;
    const doc = ctx.session.active();
    win.setTitle(windowTitle(doc));
    win.setDocumentEdited(Boolean(doc?.dirty));
    if (doc?.path) win.setRepresentedFilename(doc.path);
    const recent = ctx.session.recent.list();
    const key = JSON.stringify(recent);
    if (key !== menuKey) {
      menuKey = key;
      const template = buildMenuTemplate(
        { platform: process.platform, appName: 'Resolution Drafter', recent, devTools: !app.isPackaged },
        { command: send, openRecent: openPath, about: () => void about(), openExternal: (u) => void openExternalSafely(u).catch(() => undefined) },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    }
  };

  let prompting = false;
  const finishClose = async () => {
    if (closeTimer) clearTimeout(closeTimer);
    closeTimer = undefined;
    if (!win || win.isDestroyed() || prompting) return;
    prompting = true;
    const w = win;
    const dialogs = nativeDialogs(() => w);
    const ok = await mayClose({
      session: ctx.session,
      extension: CONTRIBUTION_EXTENSION,
      ask: async (dirty) => {
        const r = await dialog.showMessageBox(w, {
          type: 'warning',
          message: `Save the changes to ${dirty.map((d) => `"${d.name}"`).join(', ')} before closing?`,
          detail: 'If you don\'t save, your changes since the last save will be lost.',
          buttons: ['Save', 'Don\'t Save', 'Cancel'],
          defaultId: 0,
          cancelId: 2,
        });
        return r.response === 0 ? 'save' : r.response === 1 ? 'discard' : 'cancel';
      },
      chooseSavePath: (doc) => dialogs.chooseSavePath(freeFileName(ctx.folders.documents, doc.name === 'Untitled' ? 'Contribution' : doc.name, CONTRIBUTION_EXTENSION)),
    }).catch(async (e: unknown) => {
      await dialog.showMessageBox(w, { type: 'error', message: 'Could not save', detail: e instanceof Error ? e.message : String(e) });
      return false;
    });
    prompting = false;
    if (ok) {
      closing = true;
      w.close();
    }
  };

  app.on('second-instance', (_e, argv) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const f = fileArg(argv);
    if (f) openPath(f);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (win) openPath(path);
    else pendingOpen = path;
  });
  app.on('window-all-closed', () => app.quit());
  // Release this instance's recovery journal on a clean quit, so the next start takes it over at once.
  app.on('will-quit', () => ctx?.session.dispose());

  void app.whenReady().then(() => {
    const appPath = app.getAppPath();
    ctx = createAppContext(readVersion(join(appPath, 'package.json')), [appPath, process.resourcesPath, resolve(process.execPath, '..')], {
      documents: app.getPath('documents'),
      appData: app.getPath('userData'),
    });
    const dialogs = nativeDialogs(() => win);
    service = createHostService({
      kind: 'electron',
      version: ctx.version,
      corpus: ctx.corpus,
      folders: ctx.folders,
      session: ctx.session,
      dialogs,
      printPdf: printHtmlToPdf,
      menuKeys: menuKeys(process.platform),
      grantedPaths: granted,
      confirmClose: async () => {
        void finishClose();
      },
      // a link from the page opens only right after the user's click in it (pageGuards.ts)
      openExternal: async (url) => {
        if (!win || win.isDestroyed()) throw new Error('The window is closed: nothing was opened.');
        await openExternalFromPage(win.webContents, url);
      },
    });
    const handlers = createHostHandlers(service);
    const withRefresh = {} as Record<InvokableMethod, HostHandler>;
    for (const [m, h] of Object.entries(handlers) as [InvokableMethod, HostHandler][]) {
      withRefresh[m] = async (args) => {
        try {
          return await h(args);
        } finally {
          refresh();
        }
      };
    }
    registerHostIpc(ipcMain, withRefresh);
    handleAppProtocol(join(appPath, 'out', 'renderer'));

    session.defaultSession.registerPreloadScript(hostPreloadRegistration(join(appPath, 'out', 'preload', 'preload.cjs')));
    win = createMainWindow(ctx.folders.state, 'Resolution Drafter');
    win.on('close', (event) => {
      if (closing) return;
      event.preventDefault();
      send({ type: 'closeRequested' });
      // a renderer that does not answer (hung, crashed) must not keep the window open
      closeTimer ??= setTimeout(() => void finishClose(), 3000);
    });
    win.on('closed', () => (win = null));
    win.webContents.once('did-finish-load', () => {
      if (pendingOpen) openPath(pendingOpen);
      pendingOpen = undefined;
    });
    refresh();
  });
}
