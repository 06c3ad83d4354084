import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBrowserSession, startWebHost, type BrowserSession } from './harness';
import { openProposal, selectInLine } from './editorPage';

let session: BrowserSession | undefined;

/** Everything the host's recovery journals in the data folder hold now (entries, and the changes logged after them). */
function journalled(dataDir: string): string {
  const walk = (dir: string): string =>
    readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.(json|log)$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
      .join('\n');
  try {
    return walk(join(dataDir, '.state', 'recovery'));
  } catch {
    return '';
  }
}
afterAll(async () => {
  await session?.close();
});

describe('the recovery notice', () => {
  it('after a crash it says what was recovered, and can be dismissed', async () => {
    const first = await startWebHost();
    const dataDir = first.dataDir;
    try {
      session = await startBrowserSession({ dataDir });
      const { page } = session;
      await page.locator('[data-number="5"]').waitFor();
      await openProposal(page, '5');
      await selectInLine(page, 'The World Telecommunication Development Conference');
      await page.keyboard.type(' recovered words');
      await page.getByTestId('doc-status').getByText('edited').waitFor({ timeout: 5000 });
      // "edited" shows as soon as the page holds the edit; the crash must come after the host journalled it
      await expect.poll(() => journalled(dataDir), { timeout: 5000 }).toContain(' recovered words');
      await session.host.kill('SIGKILL');
      await session.browser.close();

      session = await startBrowserSession({ dataDir });
      const notice = session.page.getByTestId('recovered');
      await notice.waitFor({ timeout: 15_000 });
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await notice.count()).toBe(0);
    } finally {
      await first.close();
    }
  }, 90_000);
});
