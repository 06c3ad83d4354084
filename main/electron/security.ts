// -------------------------------------------------------------------------------------------------
// SECURITY (Electron security checklist): applied to every WebContents the app ever creates.
// Navigation away from app://resdraft is blocked, new windows are denied (https:/mailto: links go to
// the system browser after parsing, and only right after the user's click: pageGuards.ts),
// <webview> is refused, every permission request is denied, every download is refused.
// Do not relax any of these to make a feature work.
// -------------------------------------------------------------------------------------------------
import { app, session, shell, type WebContents } from 'electron';
import { checkExternalUrl } from '../../shared/host/hostMethods';
import { isAppUrl } from './appOrigin';
import { coDraftingServers, isCoDraftingUrl } from '../host/contentSecurityPolicy';
import { guardPageLinks, openFromPage, refuseDownloads } from './pageGuards';

/** Opens an https:/mailto: URL with the OS (parsed and checked first); anything else is ignored. */
export async function openExternalSafely(raw: string): Promise<void> {
  const url = checkExternalUrl(raw);
  await shell.openExternal(url);
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardPageLinks(contents, openExternalSafely);
}

/** The host API's `openExternal` for a page: https:/mailto: only, and only right after a click or key press in it. */
export function openExternalFromPage(contents: WebContents, url: string): Promise<void> {
  return openFromPage(contents, url, openExternalSafely);
}

/** Installs the global guards. Call once, before any window is created. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    refuseDownloads(ses);
    // nothing remote is ever loaded: refuse any request that is not our own scheme, or a co-drafting
    // server the app was started with (RESDRAFT_CODRAFTING_SERVERS: its WebSocket and HTTP API)
    const coDrafting = coDraftingServers();
    ses.webRequest.onBeforeRequest((details, callback) => {
      const ok = isAppUrl(details.url) || details.url.startsWith('data:') || details.url.startsWith('devtools://') || isCoDraftingUrl(details.url, coDrafting);
      callback({ cancel: !ok });
    });
  });
}
