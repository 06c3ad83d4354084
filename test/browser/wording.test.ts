/**
 * Words, not identifiers (issue 22, point 2): every screen of the app is walked in Chromium and
 * none shows a code identifier (`numberLine`, `conferenceLine`, `kind:` …) where a user reads it:
 * panes, dialogs, lists, messages, screen-reader text, accessible names and tooltips.
 */
import { describe, expect, it } from 'vitest';
import { compileResolution36 } from '../synopsis/compileInApp';
import { useAppSession } from './appSession';
import { closeTool, draftResolution34, openTool, settled } from './editorPage';
import { identifiersOnScreen } from './wording';

const s = useAppSession();

async function clean(screen: string): Promise<void> {
  expect(await identifiersOnScreen(s.page), screen).toEqual([]);
}

describe('no code identifier on any screen', () => {
  it('the check can fail: a planted "numberLine: changed number line" and a camelCase label are found', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'identifier-probe';
      p.textContent = 'numberLine: changed number line';
      p.setAttribute('aria-label', 'kind: conferenceLine');
      document.body.append(p);
    });
    const found = await identifiersOnScreen(page);
    expect(found.join('\n')).toMatch(/“numberLine”/);
    expect(found.join('\n')).toMatch(/“kind:”/);
    expect(found.join('\n')).toMatch(/“conferenceLine”/);
    await page.evaluate(() => document.getElementById('identifier-probe')?.remove());
    await clean('the window as it opens');
  });

  it('a proposal with head lines, items and a footnote changed, and every tool of the side pane', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByTestId('settings-panel');
    await settings.getByLabel('Place').fill('Baku');
    await settings.getByLabel('Year').fill('2025');
    await clean('settings');
    await settings.getByRole('button', { name: 'Done' }).click();
    await page.locator('[data-number="34"]').click();
    await page.getByRole('button', { name: 'Start a proposal' }).waitFor();
    await clean('an adopted text');
    await draftResolution34(page);
    await page.keyboard.press('Control+Alt+f');
    await page.keyboard.type('A new footnote.');
    await page.locator('.rd-editor').getByText('A new footnote.').waitFor();
    await settled(page);
    await clean('the editor with marks');

    const review = await openTool(page, 'Review');
    await review.getByTestId('review-panel').waitFor();
    expect(await review.textContent()).toMatch(/Number line: changed/);
    expect(await review.textContent()).toMatch(/Conference line: changed/);
    await clean('review changes');
    const checks = await openTool(page, 'Checks');
    await checks.getByTestId('checks-summary').waitFor();
    await clean('checks');
    await openTool(page, 'Find');
    await page.getByLabel('Find', { exact: true }).fill('disasters');
    await clean('find and replace');
    await openTool(page, 'Versions');
    await clean('versions');
    await openTool(page, 'Proposal');
    await clean('the proposal’s details');
    await openTool(page, 'Shortcuts');
    await clean('shortcuts');
    await closeTool(page);

    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-count').waitFor();
    await clean('compare inline');
    await page.getByLabel('Side by side').check();
    await clean('compare side by side');
    await page.getByRole('button', { name: 'Back to the editor' }).click();
  }, 90_000);

  it('the dialogs: export, print preview, import, open, discard', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByTestId('export-checks').waitFor();
    await clean('export');
    await page.getByRole('button', { name: /Print preview/ }).click();
    await page.getByTestId('print-preview').locator('.rd-cover').waitFor();
    await clean('print preview');
    await page.getByRole('button', { name: 'Close preview' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Import text as a draft…' }).click();
    await page.getByTestId('import-panel').waitFor();
    await clean('import a text');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').waitFor();
    await clean('open');
    await page.keyboard.press('Escape');
    const pane = await openTool(page, 'Proposal');
    await pane.getByRole('button', { name: 'Discard proposal' }).click();
    await page.getByTestId('discard-dialog').waitFor();
    await clean('discard');
    await page.getByTestId('discard-dialog').getByRole('button', { name: 'Cancel' }).click();
  }, 60_000);

  it('a suppression cited elsewhere, its citation opened, and the coordinator’s desk', async () => {
    const { page, host } = s;
    await page.locator('[data-number="17"]').click();
    await page.getByRole('button', { name: 'Propose suppression (SUP)' }).click();
    const checks = await openTool(page, 'Checks');
    const cited = checks.locator('[data-code="cited-elsewhere"]');
    await cited.waitFor();
    await clean('checks with citations in other texts');
    await cited.getByTestId('finding-related').getByRole('button').first().click();
    await page.getByTestId('adopted-at').waitFor();
    await clean('an adopted text at a citation');
    await closeTool(page);
    await compileResolution36(page, host.dataDir);
    await clean('the coordinator’s desk');
    expect(s.pageErrors).toEqual([]);
  }, 60_000);
});
