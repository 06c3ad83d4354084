import { BrowserWindow, screen } from 'electron';
import { APP_START_URL } from './appOrigin';
import { fitToDisplays, loadWindowState, saveWindowState } from './windowState';

/**
 * The main window. SECURITY: the webPreferences below are the Electron checklist's; they are
 * spelled out even where they are the defaults so that nobody "simplifies" them away.
 */
export function createMainWindow(stateDir: string, title: string): BrowserWindow {
  const saved = fitToDisplays(loadWindowState(stateDir), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    x: saved.x,
    y: saved.y,
    width: saved.width,
    height: saved.height,
    minWidth: 640,
    minHeight: 480,
    title,
    show: false,
    webPreferences: {
      // no `preload` here: the host-API preload is registered on the session for app://resdraft only (hostPreload.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
      // middle-click (auxclick) could open links in new windows
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const remember = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    try {
      saveWindowState(stateDir, { x: b.x, y: b.y, width: Math.max(400, b.width), height: Math.max(300, b.height), maximized: win.isMaximized() });
    } catch {
      // the window state is a convenience: never fail a close over it
    }
  };
  win.on('resized', remember);
  win.on('moved', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', remember);

  void win.loadURL(APP_START_URL);
  return win;
}
