/**
 * The settings panel checks the parts of proposal numbers as they are typed, with an inline error
 * that says what is expected, shows the numbers they give, and the proposal shows its number
 * (the one shared function the export and the CLI use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../export/docxRead';
import { useAppSession } from './appSession';
import { openProposal } from './editorPage';

const s = useAppSession();

describe('proposal numbers in the app', () => {
  it('an invalid prefix or document number is flagged inline as typed, naming what is expected', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-panel');
    const prefix = panel.getByTestId('settings-proposal-source');
    const note = panel.locator('#settings-proposal-source-note');
    expect(await note.textContent()).toBe('Letters only, e.g. ACP: proposals are then numbered ACP/[…]/1, ACP/[…]/2, …');
    // checked as typed: fine after "AC", flagged as soon as the digit comes
    await prefix.pressSequentially('AC');
    expect(await prefix.getAttribute('aria-invalid')).toBeNull();
    await prefix.pressSequentially('1');
    expect(await note.textContent()).toBe('letters only, e.g. ACP');
    expect(await note.getAttribute('role')).toBe('alert');
    expect(await prefix.getAttribute('aria-invalid')).toBe('true');

    await prefix.fill('TST');
    await panel.getByTestId('settings-document-number').fill('42');
    await panel.getByTestId('settings-addendum').fill('1');
    expect(await prefix.getAttribute('aria-invalid')).toBeNull();
    expect(await note.textContent()).toBe('Proposals are numbered TST/42A1/1, TST/42A1/2, …');
    expect(await panel.getByRole('alert').count()).toBe(0);

    await panel.getByTestId('settings-document-number').fill('42b');
    const docNote = panel.locator('#settings-document-number-note');
    expect(await docNote.textContent()).toMatch(/^digits only, e\.g\. 42/);
    await panel.getByTestId('settings-document-number').fill('42');
    await panel.getByTestId('settings-addendum').fill('');
    expect(await note.textContent()).toBe('Proposals are numbered TST/42/1, TST/42/2, …');
    await panel.getByTestId('settings-addendum').fill('1');
    await panel.getByRole('button', { name: 'Done' }).click();
  });

  it('each proposal shows the number the export prints', async () => {
    const { page } = s;
    await openProposal(page, '34');
    expect(await page.getByTestId('proposal-number').textContent()).toBe('TST/42A1/1');
    await openProposal(page, '5');
    expect(await page.getByTestId('proposal-number').textContent()).toBe('TST/42A1/2');
    // a prefix the export would refuse leaves the number open, pointing to the settings
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-proposal-source').fill('T-1');
    await page.getByTestId('settings-panel').getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('proposal-number').textContent()).toBe('Number: see Settings');
    expect(s.pageErrors).toEqual([]);
  });

  it("Export… refuses the invalid prefix by name (nothing written), then writes the numbers the pane showed", async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.locator('[data-testid="export-name"]').fill('bad-number');
    await page.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    const error = page.getByTestId('export-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Proposal prefix "T-1": letters only, e.g. ACP');
    expect(existsSync(join(s.host.dataDir, 'bad-number.docx'))).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-proposal-source').fill('TST');
    await page.getByTestId('settings-panel').getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('proposal-number').textContent()).toBe('TST/42A1/2');
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.locator('[data-testid="export-name"]').fill('good-number');
    await page.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    await page.locator('[data-testid="export-result"]', { hasText: 'good-number.docx' }).waitFor();
    const paragraphs = readDocx(new Uint8Array(readFileSync(join(s.host.dataDir, 'good-number.docx'))), 'asIs').paragraphs;
    expect(paragraphs.filter((p) => /^(MOD|NOC|ADD|SUP)\t/.test(p))).toEqual(['NOC\tTST/42A1/1', 'NOC\tTST/42A1/2']);
    expect(s.pageErrors).toEqual([]);
  });
});
