import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { LINES, openProposal, symbol, waitForJournal } from './editorPage';
import { answerSaveName } from './saveName';

const s = useAppSession();
const pageErrors = s.pageErrors;

describe('contribution settings and the target conference', () => {
  it('the target conference set in the settings revises the number and conference lines of a MOD', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-panel');
    await panel.getByLabel('Place').fill('Baku');
    await panel.getByLabel('Year').fill('2025');
    await panel.getByLabel('Source').fill('Member States of the Asia-Pacific Telecommunity');
    await panel.getByRole('button', { name: 'Done' }).click();

    await openProposal(page, '34');
    expect(await symbol(page)).toBe('NOC');
    await page.getByRole('button', { name: 'Revise for Baku, 2025' }).click();
    expect(await symbol(page)).toBe('MOD');
    const numberLine = page.locator(`${LINES}.rd-number-line`);
    const conference = page.locator(`${LINES}.rd-conference-line`);
    for (const line of [numberLine, conference]) {
      expect((await line.locator('del').allTextContents()).join(' ')).toMatch(/Kigali.*2022/);
      expect((await line.locator('ins').allTextContents()).join(' ')).toMatch(/Baku.*2025/);
    }
    const clean = (el: Element): string => {
      const c = el.cloneNode(true) as Element;
      c.querySelectorAll('[contenteditable="false"]').forEach((w) => w.remove());
      return c.textContent ?? '';
    };
    expect(await numberLine.evaluate(clean)).toMatch(/^RESOLUTION\s34 \(Rev\. Baku, 2025\)$/);
    expect(await conference.evaluate(clean)).toBe('The World Telecommunication Development Conference (Baku, 2025),');
    // once revised, nothing is left to revise: the button goes, the line stays
    expect(await page.getByRole('button', { name: 'Revise for Baku, 2025' }).count()).toBe(0);
    expect(await numberLine.evaluate(clean)).toMatch(/^RESOLUTION\s34 \(Rev\. Baku, 2025\)$/);
  });

  it('settings are autosaved with the contribution', async () => {
    const { page } = s;
    await page.getByTestId('doc-status').getByText('edited').waitFor({ timeout: 5000 });
    await waitForJournal(page);
    await page.reload();
    await page.locator('[data-number="5"]').waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-panel');
    expect(await panel.getByLabel('Place').inputValue()).toBe('Baku');
    expect(await panel.getByLabel('Year').inputValue()).toBe('2025');
    expect(await panel.getByLabel('Source').inputValue()).toBe('Member States of the Asia-Pacific Telecommunity');
    // the settings are a dialog over the proposal: close it
    await panel.getByRole('button', { name: 'Done' }).click();
    expect(pageErrors).toEqual([]);
  });

  it('save under a name, start a new contribution, and open the saved one again', async () => {
    const { page } = s;
    await answerSaveName(page, 'asia-pacific', () => page.getByRole('button', { name: 'Save', exact: true }).click());
    await page.getByTestId('doc-status').getByText(/^asia-pacific/).waitFor();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByTestId('doc-status').getByText(/^Untitled/).waitFor();
    expect(await page.locator('[data-number="34"] .symbol-badge').count()).toBe(0);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^asia-pacific/ }).first().click();
    await page.getByTestId('doc-status').getByText(/^asia-pacific/).waitFor();
    await page.locator('[data-number="34"] .symbol-badge', { hasText: 'MOD' }).waitFor();
    await page.locator('[data-number="34"]').click();
    const numberLine = page.locator(`${LINES}.rd-number-line`);
    expect((await numberLine.locator('ins').allTextContents()).join(' ')).toMatch(/Baku.*2025/);
    expect(pageErrors).toEqual([]);
  });
});
