/**
 * The app lists the editions and drafts against the one chosen: an edition imported into the
 * data folder appears in the baseline-edition picker, its resolutions (one the bundled edition
 * lacks included) in the sidebar, and a proposal started there drafts on its text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSessionWithEditions } from '../browser/editionSession';
import { openProposal, pageLines } from '../browser/editorPage';
import { modifiedAnnex } from './modifiedAnnex';

const started = useSessionWithEditions('resdraft-edition-ui-', (dataDir) => {
  const source = join(dataDir, 'baku.txt');
  writeFileSync(source, modifiedAnnex());
  return [{ source, id: 'baku-2025' }];
});

describe('baseline editions in the app', () => {
  it('lists the editions, switches the sidebar and drafts on the chosen edition', async () => {
    const { page } = started();
    const picker = page.getByTestId('edition-picker');
    await expect.poll(() => picker.locator('option').allTextContents()).toEqual(['WTDC-22 (Kigali, 2022)', 'WTDC-25 (Baku, 2025) — baku-2025']);
    expect(await page.locator('[data-number="37"]').count()).toBe(0);
    await picker.selectOption('baku-2025');
    await page.locator('[data-number="37"]').waitFor();
    expect(await page.locator('[data-testid="resolution-list"] li').count()).toBe(15);
    await openProposal(page, '37');
    await expect.poll(() => page.locator('.rd-number-line').first().textContent()).toBe('RESOLUTION 37 (Rev. Baku, 2025)');
    await page.locator('[data-number="34"]').click();
    await page.getByText('that there is a broad awareness at the global level').first().waitFor();
    await picker.selectOption('kigali-2022');
    await expect.poll(() => page.locator('[data-testid="resolution-list"] li').count()).toBe(14);
  }, 90_000);

  it('a proposal is marked against the edition it names (the one the export uses), whatever edition the sidebar lists', async () => {
    const { page } = started();
    const picker = page.getByTestId('edition-picker');
    await picker.selectOption('kigali-2022');
    await openProposal(page, '34');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('0 changes');
    // Baku's Resolution 34 differs (number line, conference line, considering a)): the Kigali proposal must not be marked against it
    await picker.selectOption('baku-2025');
    await page.locator('[data-number="34"]').click();
    await expect.poll(async () => (await pageLines(page))[0]?.text).toBe('RESOLUTION 34 (Rev. Kigali, 2022)');
    expect(await page.getByTestId('change-count').textContent()).toBe('0 changes');
    expect(await page.getByTestId('symbol').textContent()).toBe('NOC');
    expect(await page.locator('.rd-editor ins, .rd-editor del').count()).toBe(0);
  }, 90_000);
});
