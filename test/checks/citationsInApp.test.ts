/**
 * The app's checks panel judges citations against every edition the host knows, imported ones
 * included (Chromium, real browser host, an edition imported into its data folder): a revision the
 * imported baku-2025 edition holds is not flagged; one of a text that edition holds as revised at
 * Kigali is an error, with the same message as `resdraft check`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEdition } from '../../main/services/editions';
import { startBrowserSession, type BrowserSession } from '../browser/harness';
import { openProposal, selectInLine } from '../browser/editorPage';
import { modifiedAnnex } from '../word/modifiedAnnex';

const dataDir = mkdtempSync(join(tmpdir(), 'resdraft-citations-ui-'));
let session: BrowserSession;
const errors: string[] = [];

beforeAll(async () => {
  const source = join(dataDir, 'baku.txt');
  writeFileSync(source, modifiedAnnex().replace('RESOLUTION 18 (Rev. Baku, 2025)', 'RESOLUTION 18 (Rev. Kigali, 2022)'));
  await importEdition(source, 'baku-2025', { editionsDir: join(dataDir, '.state', 'editions') });
  session = await startBrowserSession({ dataDir });
  session.page.on('pageerror', (e) => errors.push(e.message));
  await session.page.locator('[data-number="5"]').waitFor();
}, 120_000);
afterAll(async () => {
  await session?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('citations in the checks panel', () => {
  it('knows the imported edition: its revision passes, a text it holds as revised elsewhere is an error', async () => {
    const { page } = session;
    await openProposal(page, '34');
    await selectInLine(page, 'that the number of natural and man-made disasters');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace'); // the item's ";"
    await page.keyboard.type(', as noted in Resolution 37 (Rev. Baku, 2025) and Resolution 18 (Rev. Baku, 2025);');
    await page.keyboard.press('Control+Shift+K');
    const panel = page.getByTestId('checks-panel');
    await panel.getByTestId('finding-list').waitFor();
    const cited = panel.locator('[data-code^="citation-"]');
    await expect.poll(() => cited.count()).toBe(1);
    const text = (await cited.textContent()) ?? '';
    expect(text).toMatch(/Resolution 34 › recognizing › b\)/);
    expect(text).toMatch(/“Resolution 18 \(Rev\. Baku, 2025\)” cites a revision that does not exist: Baku, 2025 did not revise Resolution 18: the baku-2025 edition holds it as “RESOLUTION\s18\s\(Rev\.\sKigali, 2022\)”/);
    expect(await cited.getAttribute('data-severity')).toBe('error');
    expect(errors).toEqual([]);
  }, 90_000);
});
