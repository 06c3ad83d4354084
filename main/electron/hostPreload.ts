import { isAbsolute } from 'node:path';
import type { PreloadScriptRegistration } from 'electron';
import { APP_ORIGIN } from './appOrigin';

/**
 * SECURITY: the host-API preload is registered on the session for our own origin only
 * (`app://resdraft/*`), not attached to windows through `webPreferences.preload`: any other page a
 * window might ever show (a data: PDF page, a page reached by a bug) gets no preload and no API.
 */
export function hostPreloadRegistration(preloadPath: string): PreloadScriptRegistration {
  if (!isAbsolute(preloadPath)) throw new Error(`the preload path must be absolute: ${preloadPath}`);
  return { id: 'resdraft-host-api', type: 'frame', filePath: preloadPath, matches: [`${APP_ORIGIN}/*`] };
}
