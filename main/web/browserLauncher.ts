import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How long the browser opened at start has to use its sign-in address. */
export const LAUNCH_TOKEN_MS = 2 * 60 * 1000;

/**
 * Writes a page (mode 0600: readable by the user alone) that sends the browser to the one-time
 * sign-in address, so the browser is started with a file path, never with a secret, on its
 * command line. Returns the file's path.
 */
export function writeLauncher(stateDir: string, signInUrl: string): string {
  const path = join(stateDir, `open-browser-${process.pid}.html`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${signInUrl}"><title>Resolution Drafter</title></head><body><p>Opening Resolution Drafter…</p></body></html>\n`;
  rmSync(path, { force: true });
  writeFileSync(path, html, { mode: 0o600, flag: 'wx' });
  return path;
}

/** Deletes the launcher page (once used, or expired). */
export function removeLauncher(path: string | null): void {
  if (path) rmSync(path, { force: true });
}
