/**
 * The coordinator's desk in Chromium (real browser host): three delegations' contribution files
 * on Resolution 36 in the data folder are compiled into a synopsis, the conflict is shown and
 * blocks adoption until it is resolved, rows are taken from sources, and the result becomes an
 * ordinary MOD proposal whose reasons say which sources each adopted change came from.
 */
import { describe, expect, it } from 'vitest';
import { useAppSession } from '../browser/appSession';
import { symbol, texts } from '../browser/editorPage';
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
    expect(await conflict.locator('.synopsis-reason').textContent()).toBe('Conflict: CEPT deletes the line that APT amends');
    // head lines from all, the word run "central" from the two sources proposing it; the conflict: APT's amendment
    const rows = panel.locator('tr[data-row]');
    await rows.nth(0).getByRole('button', { name: 'Take APT, CEPT, RCC' }).click();
    await rows.nth(1).getByRole('button', { name: 'Take APT, CEPT, RCC' }).click();
    const central = panel.locator('tr.synopsis-agreement', { hasText: 'the key role' });
    await central.getByRole('button', { name: 'Take words “key” → “central” (APT, RCC)' }).click();
    expect(await central.locator('.synopsis-decision').textContent()).toBe('1 word run taken');
    await conflict.getByRole('button', { name: 'Take APT' }).click();
    await expect.poll(() => status.textContent()).toBe('3 sources; 0 conflicts unresolved; 2 changed rows not decided');
    await adopt.click();
    await page.locator('[data-testid="editor"]').waitFor();
    expect(await symbol(page)).toBe('MOD');
    const inserted = (await texts(page, 'ins')).map((t) => t.trim());
    expect(inserted).toEqual(expect.arrayContaining(['Baku, 2025', 'central', 'and growing']));
    expect(inserted.join(' ')).not.toContain('artificial intelligence');
    expect(await page.locator('[data-number="36"] .symbol-badge').textContent()).toBe('MOD');
    const reasons = await page.getByTestId('reasons').inputValue();
    expect(reasons).toContain('Common proposal compiled from APT (ACP/12A1/1), CEPT (EUR/14A2/1), RCC (RCC/16A5/1).');
    expect(reasons).toContain('line 1: APT, CEPT, RCC');
    expect(reasons).toMatch(/line \d+: APT, RCC/);
    expect(s.pageErrors).toEqual([]);
  });
});
