/**
 * Issue 19 point 4 in Chromium: a word typed just before a reload survives (the page sends its
 * edits when it goes); two tabs on one contribution: the status says "edited" exactly while a tab
 * holds unsaved edits, another tab's save is no conflict, and no conflict banner shows before a tab
 * has an edit of its own; the draft-new-resolution template names the contribution's place and year.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './appSession';
import { openProposal, pageLines, selectInLine } from './editorPage';
import { answerSaveName } from './saveName';
import { apiCall } from '../web/rawRequest';

const s = useAppSession();

/** What the host holds for the open document now (as another window would get it). */
async function held(page: Page): Promise<{ reasons: string[] }> {
  const port = Number(new URL(page.url()).port);
  const r = JSON.parse((await apiCall(port, '/app/', 'restoreSession', [])).body) as { value: { contribution: { proposals: { reasons: string }[] } } };
  return { reasons: r.value.contribution.proposals.map((p) => p.reasons) };
}

const status = (page: Page): Promise<string | null> => page.getByTestId('doc-status').locator('.doc-name').textContent();

describe('edits that outlive the page, and two tabs on one contribution', () => {
  it('a word typed just before a reload is there after it', async () => {
    const { page } = s;
    await openProposal(page, '5');
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' survives');
    await page.reload();
    await page.locator('[data-number="5"]').waitFor();
    await expect.poll(async () => (await pageLines(page)).find((l) => l.type === 'conferenceLine')?.text ?? '').toMatch(/ survives$/);
    expect(s.pageErrors).toEqual([]);
  }, 60_000);

  it('another tab’s save is no conflict: the tab follows it, says "edited" while it holds unsaved text, and its edit gets through', async () => {
    const a = s.page;
    await openProposal(a, '17');
    await a.getByTestId('reasons').fill('written in tab A');
    await expect.poll(() => held(a).then((h) => h.reasons), { timeout: 5000 }).toContain('written in tab A');
    const b = await a.context().newPage();
    try {
      await b.goto(a.url());
      await openProposal(b, '17');
      expect(await b.getByTestId('reasons').inputValue()).toBe('written in tab A');
      await answerSaveName(b, 'two-tabs', () => b.getByRole('button', { name: 'Save', exact: true }).click());
      await expect.poll(() => status(b)).toBe('two-tabs.resdraft');

      // tab A has no edit since: coming back to it, it takes the new state, with no banner
      await a.bringToFront();
      await a.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect.poll(() => status(a)).toBe('two-tabs.resdraft');
      expect(await a.getByTestId('conflict').count()).toBe(0);
      // an edit in A: "edited" at once (before it is sent), no banner, and it reaches the host
      await a.getByTestId('reasons').fill('written in tab A, after B saved');
      expect(await status(a)).toBe('two-tabs.resdraft • edited');
      await expect.poll(() => held(a).then((h) => h.reasons), { timeout: 5000 }).toContain('written in tab A, after B saved');
      await a.evaluate(() => window.dispatchEvent(new Event('focus')));
      await a.waitForTimeout(300);
      expect(await a.getByTestId('conflict').count()).toBe(0);
      expect(await status(a)).toBe('two-tabs.resdraft • edited');
    } finally {
      await b.close();
    }
  }, 90_000);

  it('the draft new resolution template names the place and year set in the settings', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-panel');
    await panel.getByLabel('Place').fill('Baku');
    await panel.getByLabel('Year').fill('2029');
    await panel.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'New draft resolution (ADD)' }).click();
    await expect.poll(async () => (await pageLines(page)).find((l) => l.type === 'conferenceLine')?.text).toBe('The World Telecommunication Development Conference (Baku, 2029),');
  }, 60_000);
});
