import { existsSync, readFileSync } from 'node:fs';
import { assertWellFormedDocx } from '../support/strictXml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { openProposal, selectInLine } from './editorPage';

const s = useAppSession();

describe('exporting from the window', () => {
  it('writes the .docx with revision marks and the clean .docx into the data folder', async () => {
    const { page } = s;
    await openProposal(page, '17');
    await selectInLine(page, 'specified in the Kigali Action Plan', 'Kigali');
    await page.keyboard.type('Baku');
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.locator('[data-testid="export-name"]').fill('apt-proposals');
    await page.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    const result = page.locator('[data-testid="export-result"]');
    await result.waitFor();
    expect(await result.textContent()).toContain('apt-proposals.docx');
    const docx = readFileSync(join(s.host.dataDir, 'apt-proposals.docx'));
    assertWellFormedDocx(new Uint8Array(docx));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    // PDF is the desktop app's; in the browser the print preview is the way to a PDF
    expect(await page.getByRole('button', { name: 'PDF', exact: true }).count()).toBe(0);
    await page.locator('[data-testid="export-name"]').fill('apt-clean');
    await page.getByRole('button', { name: 'Word (.docx), clean text' }).click();
    await page.locator('[data-testid="export-result"]', { hasText: 'apt-clean.docx' }).waitFor();
    expect(existsSync(join(s.host.dataDir, 'apt-clean.docx'))).toBe(true);
  });

  it('asks before an export replaces a file of the name given; without a name, writes one no file has', async () => {
    const { page } = s;
    const panel = page.getByTestId('export-panel');
    const kept = readFileSync(join(s.host.dataDir, 'apt-proposals.docx'));
    await panel.getByTestId('export-name').fill('apt-proposals');
    await panel.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    const question = panel.getByTestId('export-replace');
    await question.waitFor();
    expect(await question.textContent()).toMatch(/“apt-proposals\.docx” already exists in the data folder\. Replace it\?/);
    await question.getByRole('button', { name: 'Keep it' }).click();
    await question.waitFor({ state: 'detached' });
    expect(readFileSync(join(s.host.dataDir, 'apt-proposals.docx')).equals(kept)).toBe(true);
    await panel.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    await question.getByRole('button', { name: 'Replace' }).click();
    await panel.locator('[data-testid="export-result"]', { hasText: 'apt-proposals.docx' }).waitFor();
    await panel.getByTestId('export-name').fill('');
    await panel.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    await panel.locator('[data-testid="export-result"]', { hasText: 'Contribution.docx' }).waitFor();
    await panel.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    await panel.locator('[data-testid="export-result"]', { hasText: 'Contribution 2.docx' }).waitFor();
    expect(existsSync(join(s.host.dataDir, 'Contribution.docx'))).toBe(true);
  });

  it('shows a print preview with the cover, the marks and the reasons, styled under the strict CSP', async () => {
    const { page } = s;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.getByRole('button', { name: /^Print preview/ }).click();
    const preview = page.locator('[data-testid="print-preview"] .print-preview');
    await preview.locator('ins').first().waitFor();
    expect(await preview.textContent()).toContain('PLENARY MEETING');
    expect(await preview.locator('del').allTextContents()).toContain('Kigali');
    expect(await preview.locator('ins').allTextContents()).toContain('Baku');
    expect(await preview.textContent()).toContain('Reasons:');
    expect(await preview.locator('del').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: 'Close preview' }).click();
    expect(await page.locator('[data-testid="print-preview"]').count()).toBe(0);
  });
});
