/**
 * The coordinator's desk in Chromium (real browser host): three delegations' contribution files
 * on Resolution 36 in the data folder are compiled into a synopsis, the conflict is shown and
 * blocks adoption until it is resolved, rows are taken from sources, and the result becomes an
 * ordinary MOD proposal whose reasons say which sources each adopted change came from.
 */
import { describe, expect, it } from 'vitest';
import { useAppSession } from '../browser/appSession';
import { openTool, symbol, texts } from '../browser/editorPage';
import { resolution36Drafts } from './scenario';
import { compileResolution36 } from './compileInApp';

const s = useAppSession();

describe('merge several proposals into a common proposal', () => {
  it('compiles, resolves the conflict, takes rows from sources and adopts a MOD proposal with their names', async () => {
    const { page, host } = s;
    const panel = await compileResolution36(page, host.dataDir);
    const status = panel.getByTestId('synopsis-status');
    const adopt = panel.getByRole('button', { name: 'Adopt as a proposal' });
    expect(await adopt.isDisabled()).toBe(true);
    const conflict = panel.locator('tr.synopsis-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('.synopsis-reason').textContent()).toBe('Conflict: EUR deletes the line that ACP amends');
    // head lines from all, the word run "central" from the two sources proposing it; the conflict: ACP's amendment
    const rows = panel.locator('tr[data-row]');
    await rows.nth(0).getByRole('button', { name: 'Take ACP, EUR, RCC' }).click();
    await rows.nth(1).getByRole('button', { name: 'Take ACP, EUR, RCC' }).click();
    const central = panel.locator('tr.synopsis-agreement', { hasText: 'the key role' });
    await central.getByRole('button', { name: 'Take words “key” → “central” (ACP, RCC)' }).click();
    expect(await central.locator('.synopsis-decision').textContent()).toBe('1 word run taken');
    await conflict.getByRole('button', { name: 'Take ACP' }).click();
    await expect.poll(() => status.textContent()).toBe('3 sources. No conflict unresolved. 2 changes not decided.');
    await adopt.click();
    await page.locator('[data-testid="editor"]').waitFor();
    expect(await symbol(page)).toBe('MOD');
    const inserted = (await texts(page, 'ins')).map((t) => t.trim());
    expect(inserted).toEqual(expect.arrayContaining(['Baku, 2025', 'central', 'and growing']));
    expect(inserted.join(' ')).not.toContain('artificial intelligence');
    expect(await page.locator('[data-number="36"] .symbol-badge').textContent()).toBe('MOD');
    // short automatic reasons; which source each change came from is the provenance's
    expect(await page.getByTestId('reasons').inputValue()).toBe('Common proposal compiled from ACP (ACP/12A1/1), EUR (EUR/14A2/1), and RCC (RCC/16A5/1).');
    const provenance = page.getByRole('region', { name: 'Sources of this common proposal' });
    expect(await provenance.locator('li').allTextContents()).toEqual(expect.arrayContaining(['draft line 1 (adopted line 1): ACP (ACP/12A1/1), EUR (EUR/14A2/1), RCC (RCC/16A5/1)']));
    // a common proposal: its sources are its co-signatories, each by the whole Source of its cover
    expect(await page.getByTestId('proposal-life').textContent()).toBe('Common proposal');
    const pane = await openTool(page, 'Proposal');
    expect(await pane.getByTestId('cosignatories').locator('li').allTextContents()).toEqual(resolution36Drafts().drafts.map((d) => d.source));
    expect(s.pageErrors).toEqual([]);
  });
});
