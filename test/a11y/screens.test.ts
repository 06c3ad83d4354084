import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useAppSession } from '../browser/appSession';
import { closeTool, openProposal, openTool, selectInLine } from '../browser/editorPage';
import { compileResolution36 } from '../synopsis/compileInApp';
import { audit, blocking, type ScreenReport } from './axeAudit';

const s = useAppSession();
const reports: ScreenReport[] = [];

/** The themes every screen is audited in (docs/design.md, "Colour"). */
const THEMES = ['light', 'dark', 'contrast'] as const;

/** Audits the screen as it is in each theme; the page goes back to the light theme after. */
async function check(screen: string): Promise<void> {
  for (const theme of THEMES) {
    await s.page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const report = await audit(s.page, `${screen} (${theme})`);
    reports.push(report);
    expect(blocking(report), `${screen} (${theme}): ${JSON.stringify(blocking(report), null, 1)}`).toEqual([]);
  }
  await s.page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

afterAll(() => {
  // the per-screen results, for the report (test/.tmp is not committed)
  mkdirSync('test/.tmp', { recursive: true });
  writeFileSync('test/.tmp/axe-report.json', JSON.stringify(reports.map((r) => ({ screen: r.screen, counts: r.counts, passes: r.passes, violations: r.violations })), null, 2));
  for (const r of reports) console.log(`axe ${r.screen}: ${r.passes} rules passed; violations ${JSON.stringify(r.counts)}`);
});

describe('accessibility audit (axe-core): no serious or critical violation on any screen, in any theme', () => {
  it('the audit can fail: an image without a text alternative is a critical violation; text below the contrast minimum is a serious one', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'axe-probe';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
      const p = document.createElement('p');
      p.id = 'axe-probe-contrast';
      p.textContent = 'Pale text on a pale page';
      // through the CSSOM: the page's CSP refuses style attributes
      p.style.color = '#bbbbbb';
      p.style.background = '#ffffff';
      document.querySelector('.title-bar')!.append(p);
    });
    const report = await audit(page, 'probe');
    expect(blocking(report).map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    await page.evaluate(() => ['axe-probe', 'axe-probe-contrast'].forEach((id) => document.getElementById(id)?.remove()));
  });

  it('sidebar', async () => {
    await check('sidebar');
  });

  it('adopted text, editor, and every tool of the side pane', async () => {
    const { page } = s;
    await page.locator('[data-number="34"]').click();
    await page.getByRole('button', { name: 'Start a proposal' }).waitFor();
    await check('adopted text');
    await openProposal(page, '34');
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' with an edit');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('1 change');
    await check('editor');
    for (const [tool, screen] of [
      ['Review', 'review changes'],
      ['Checks', 'checks'],
      ['Find', 'find and replace'],
      ['Versions', 'versions'],
      ['Proposal', 'the proposal'],
      ['Shortcuts', 'shortcuts help'],
    ] as const) {
      await openTool(page, tool);
      await check(screen);
    }
    await closeTool(page);
  }, 120_000);

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
    await page.getByTestId('compare-count').waitFor();
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

  it('the coordinator’s desk', async () => {
    const { page, host } = s;
    await compileResolution36(page, host.dataDir);
    await check('synopsis');
  });
});
