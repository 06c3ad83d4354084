/** The coordinator's first steps in the app, shared by the merge tests in Chromium. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { resolution36Drafts } from './scenario';
import { writeContribution } from './sourceFiles';

/**
 * The three delegations' Resolution 36 contribution files written into the data folder, chosen
 * in Synopsis and compiled; resolves the Synopsis panel once it reports the one open conflict.
 */
export async function compileResolution36(page: Page, dataDir: string): Promise<Locator> {
  for (const d of resolution36Drafts().drafts) {
    writeContribution(dataDir, `${d.name.toLowerCase()}-36.resdraft`, d.source, d.prefix || 'RCC/16A5/', [{ number: '36', draft: d.draft, reasons: d.reasons || 'RCC reasons.' }]);
  }
  await page.getByRole('button', { name: 'Synopsis', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Synopsis of proposals' });
  for (const name of ['acp-36.resdraft', 'eur-36.resdraft', 'rcc-36.resdraft']) await panel.getByLabel(name).check();
  await panel.getByLabel('Resolution').selectOption('36');
  await panel.getByRole('button', { name: 'Compile' }).click();
  await expect.poll(() => panel.getByTestId('synopsis-status').textContent()).toBe('3 sources. 1 conflict unresolved. 6 changes not decided.');
  return panel;
}
