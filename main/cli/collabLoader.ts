import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as CollabModule from '../collab/collabModule';

/** The co-drafting code the `serve` and `room` commands run. */
export type Collab = typeof CollabModule;

/**
 * Load the co-drafting code on first use: the bundle built beside the CLI's (`out/cli/collab.mjs`,
 * see scripts/buildCli.mjs), or the sources when the CLI itself runs from them (tests). Its error
 * classes are its own: check them as `collab.RoomClientError`, never with the CLI's imports.
 */
export async function loadCollab(): Promise<Collab> {
  const bundled = new URL('./collab.mjs', import.meta.url);
  const url = existsSync(fileURLToPath(bundled)) ? bundled : new URL('../collab/collabModule.ts', import.meta.url);
  return (await import(url.href)) as Collab;
}
