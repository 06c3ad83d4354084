/**
 * Two language versions of one resolution side by side in Compare (issue 24, point 5): with the
 * French and Arabic editions of the Kigali texts imported, a proposal on Resolution 17 (34)
 * compares its English adopted text with the French (Arabic) one, each line beside the line at
 * the same place as the engine pairs them (shared/engine/languageVersions.ts), each side in its
 * own language and direction, and no marks between the languages.
 */
import { describe, expect, it } from 'vitest';
import { openProposal } from './editorPage';
import { useSessionWithEditions } from './editionSession';

const started = useSessionWithEditions('resdraft-language-versions-', () => [
  { source: 'test/fixtures/i18n/fr/annex.txt', id: 'kigali-2022-fr' },
  { source: 'test/fixtures/i18n/ar/annex.txt', id: 'kigali-2022-ar' },
]);

const cells = (place: string) =>
  started().page.locator(`[data-testid="compare-languages"] [data-place="${place}"] .side-cell`).evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', dir: e.getAttribute('dir'), lang: e.getAttribute('lang') })));

describe('language versions side by side', () => {
  it('the English and French texts of Resolution 17, line beside line by place, no marks', async () => {
    const { page } = started();
    await openProposal(page, '17');
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-right').selectOption('edition:kigali-2022-fr');
    await page.getByTestId('compare-languages').waitFor();
    const head = await cells('numberLine');
    expect(head.map((c) => c.text)).toEqual(['RESOLUTION 17 (Rev. Kigali, 2022)', 'RÉSOLUTION 17 (Rév. Kigali, 2022)']);
    expect(head.map((c) => c.lang)).toEqual(['en', 'fr']);
    const recalling = await cells('call 1');
    expect(recalling.map((c) => c.text)).toEqual(['recalling', 'rappelant']);
    const first = await cells('call 1 › block 1 › item 1');
    expect(first[0]!.text).toMatch(/^a\)/);
    expect(first[1]!.text).toMatch(/^a\).*la Résolution 34 \(Rév\. Dubaï, 2018\)/);
    expect(await page.locator('[data-testid="compare-languages"] ins, [data-testid="compare-languages"] del').count()).toBe(0);
    await expect.poll(() => page.getByTestId('compare-count').count()).toBe(0);
  }, 60_000);

  it('the Arabic version of Resolution 34 reads right to left beside the English one, its labels أ) at the places of a)', async () => {
    const { page } = started();
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await openProposal(page, '34');
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-right').selectOption('edition:kigali-2022-ar');
    await page.getByTestId('compare-languages').waitFor();
    const first = await cells('call 1 › block 1 › item 1');
    expect(first.map((c) => c.dir)).toEqual(['ltr', 'rtl']);
    expect(first[0]!.text).toMatch(/^a\)/);
    expect(first[1]!.text).toMatch(/^أ\)/);
    await page.getByTestId('compare-right').selectOption('current');
    await page.getByTestId('compare-count').waitFor();
    expect(await page.getByTestId('compare-languages').count()).toBe(0);
  }, 60_000);
});
