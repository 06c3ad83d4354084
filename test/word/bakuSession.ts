/**
 * One app session per test file over its own data folder holding a Baku (2025) edition (made from
 * the annex: see modifiedAnnex.ts), imported before the host starts: the app knows an edition newer
 * than the bundled Kigali (2022) one. Registers the file's beforeAll and afterAll.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { importEdition } from '../../main/services/editions';
import { startBrowserSession, type BrowserSession } from '../browser/harness';
import { modifiedAnnex } from './modifiedAnnex';

/** The session of a test file (available inside tests). */
export interface BakuSession {
  readonly session: BrowserSession;
  readonly dataDir: string;
  readonly pageErrors: string[];
}

/** Starts the host over a data folder with the Baku edition, and Chromium on the app. */
export function useBakuSession(viewport?: { width: number; height: number }): BakuSession {
  const dataDir = mkdtempSync(join(tmpdir(), 'resdraft-baku-'));
  const pageErrors: string[] = [];
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    const source = join(dataDir, 'baku.txt');
    writeFileSync(source, modifiedAnnex());
    await importEdition(source, 'baku-2025', { editionsDir: join(dataDir, '.state', 'editions') });
    session = await startBrowserSession({ dataDir });
    session.page.on('pageerror', (e) => pageErrors.push(e.message));
    if (viewport) await session.page.setViewportSize(viewport);
    await session.page.locator('[data-number="5"]').waitFor();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get session() {
      if (!session) throw new Error('the session starts in beforeAll: use it inside tests');
      return session;
    },
    dataDir,
    pageErrors,
  };
}
