import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useAppSession } from '../browser/appSession';
import { openProposal, selectInLine } from '../browser/editorPage';
import { audit, blocking, type ScreenReport } from './axeAudit';

const s = useAppSession();
const reports: ScreenReport[] = [];

async function check(screen: string): Promise<void> {
  const report = await audit(s.page, screen);
  reports.push(report);
  expect(blocking(report), `${screen}: ${JSON.stringify(blocking(report), null, 1)}`).toEqual([]);
}

afterAll(() => {
  // the per-screen results, for the report (test/.tmp is not committed)
  mkdirSync('test/.tmp', { recursive: true });
  writeFileSync('test/.tmp/axe-report.json', JSON.stringify(reports.map((r) => ({ screen: r.screen, counts: r.counts, passes: r.passes, violations: r.violations })), null, 2));
  for (const r of reports) console.log(`axe ${r.screen}: ${r.passes} rules passed; violations ${JSON.stringify(r.counts)}`);
});

describe('accessibility audit (axe-core): no serious or critical violation on any screen', () => {
  it('the audit can fail: an image without a text alternative is a critical violation', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'axe-probe';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    const report = await audit(page, 'probe');
    expect(blocking(report).map((v) => v.id)).toContain('image-alt');
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());
  });

  it('sidebar', async () => {
    await check('sidebar');
  });

  it('adopted text and editor', async () => {
    const { page } = s;
    await page.locator('[data-number="34"]').click();
    await page.getByRole('button', { name: 'Start a proposal' }).waitFor();
    await check('adopted text');
    await openProposal(page, '34');
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' with an edit');
    await page.waitForTimeout(500);
    await check('editor');
  });

  it('settings', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-panel').waitFor();
    await check('settings');
    await page.keyboard.press('Escape');
  });

  it('compare', async () => {
    const { page } = s;
    await page.getByTestId('open-compare').click();
    await page.getByTestId('versions').waitFor();
    await check('compare (inline)');
    await page.getByLabel('Side by side').check();
    await check('compare (side by side)');
    await page.getByRole('button', { name: 'Back to the editor' }).click();
  });

  it('export', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByTestId('export-checks').waitFor();
    await check('export');
    await page.getByRole('button', { name: /Print preview/ }).click();
    await page.getByTestId('print-preview').locator('.rd-cover').waitFor();
    await check('print preview');
    await page.getByRole('button', { name: 'Close preview' }).click();
    await page.keyboard.press('Escape');
  });

  it('checks and help', async () => {
    const { page } = s;
    await page.keyboard.press('Control+Shift+K');
    await page.getByTestId('checks-summary').waitFor();
    await check('checks');
    await page.keyboard.press('Escape');
    await page.locator('.pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F1');
    await page.getByTestId('help-panel').waitFor();
    await check('shortcuts help');
    await page.keyboard.press('Escape');
  });
});
