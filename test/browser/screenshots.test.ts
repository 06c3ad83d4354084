import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';
import { useAppSession } from './appSession';
import { openProposal, selectInLine } from './editorPage';

const s = useAppSession();
const DIR = join(REPO_ROOT, 'docs/screenshots');

/** Writes docs/screenshots/<name>.png (JPEG-small PNGs: a 1200×760 viewport, scale 1) and checks it was written. */
async function shot(name: string): Promise<void> {
  const path = join(DIR, `${name}.png`);
  await s.page.screenshot({ path });
  expect(statSync(path).size).toBeGreaterThan(10_000);
  expect(statSync(path).size).toBeLessThan(400_000);
}

describe('screenshots of the main screens for the README (kept current by the test suite)', () => {
  it('editor with marks, review, checks, compare, settings, shortcuts', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByTestId('settings-panel');
    await settings.getByLabel('Place').fill('Baku');
    await settings.getByLabel('Year').fill('2025');
    await settings.getByLabel('Source').fill('Member States of the Asia-Pacific Telecommunity');
    await shot('settings');
    await settings.getByRole('button', { name: 'Done' }).click();

    await openProposal(page, '34');
    await page.getByRole('button', { name: 'Revise for Baku, 2025' }).click();
    await selectInLine(page, 'that there is a growing general awareness', 'growing');
    await page.keyboard.type('widely shared');
    const item = (await page.locator('.rd-editor > p.rd-item:not([contenteditable="false"])').allTextContents()).find((t) => /^b\)/.test(t))!;
    await selectInLine(page, item.slice(2, 30));
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('that early-warning systems save lives;');
    await page.waitForTimeout(600);
    await page.locator('[data-testid="editor"]').click({ position: { x: 30, y: 30 } });
    await shot('editor');

    await page.getByRole('button', { name: 'Review changes…' }).click();
    await page.getByTestId('review-panel').waitFor();
    await page.getByTestId('review-panel').scrollIntoViewIfNeeded();
    await shot('review');
    await page.getByTestId('review-panel').getByRole('button', { name: 'Close', exact: true }).click();

    await page.keyboard.press('Control+Shift+K');
    await page.getByTestId('checks-summary').waitFor();
    await shot('checks');
    await page.keyboard.press('Escape');

    await page.getByTestId('open-compare').click();
    await page.getByLabel('Side by side').check();
    await page.waitForTimeout(300);
    await shot('compare');
    await page.getByRole('button', { name: 'Back to the editor' }).click();

    await page.locator('.app-name').click();
    await page.keyboard.press('F1');
    await page.getByTestId('help-panel').waitFor();
    await shot('shortcuts');
    await page.keyboard.press('Escape');
    expect(s.pageErrors).toEqual([]);
  });
});
