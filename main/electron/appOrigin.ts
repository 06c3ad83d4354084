/** The custom scheme the renderer is served from (instead of file://). */
export const APP_SCHEME = 'app';
/** The one host name under the scheme. */
export const APP_HOST = 'resdraft';
/** The renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The renderer's start page. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Whether `raw` is a URL of our own renderer (`app://resdraft/...`). */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const u = new URL(raw);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
  } catch {
    return false;
  }
}
