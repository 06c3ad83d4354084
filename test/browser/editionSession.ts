/**
 * A browser session over a data folder of its own with editions imported first (the French or
 * Arabic Kigali texts, a modified annex …): `prepare` writes what it needs into the folder and
 * names each source to import and its edition id.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { importEdition } from '../../main/services/editions';
import { startBrowserSession, type BrowserSession } from './harness';

/** Registers the file's `beforeAll`/`afterAll`; the returned getter gives the session inside tests. */
export function useSessionWithEditions(prefix: string, prepare: (dataDir: string) => { source: string; id: string }[]): () => BrowserSession {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    for (const { source, id } of prepare(dataDir)) await importEdition(source, id, { editionsDir: join(dataDir, '.state', 'editions') });
    session = await startBrowserSession({ dataDir });
    await session.page.locator('[data-number="5"]').waitFor();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!session) throw new Error('the session starts in beforeAll: use it inside tests');
    return session;
  };
}
