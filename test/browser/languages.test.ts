/**
 * The app in the six languages and the pseudo-locale, in Chromium (issue 24, point 1): the page
 * follows the browser's languages and the Language setting overrides them, `<html lang>` and `dir`
 * follow; every screen (as wording.test.ts walks them) in French, Spanish, Russian, Arabic and
 * Chinese keeps no English phrase of the catalog, and in the pseudo-locale every word of ours is
 * pseudo (so none is left hard-coded); Arabic is laid out right to left; the axe audit in Arabic
 * and Chinese has no serious or critical violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { PSEUDO_LOCALE, type UiLocale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/translate';
import { audit, blocking } from '../a11y/axeAudit';
import { useAppSession } from './appSession';
import { authorize } from './harness';
import { englishLeft, notPseudo, ourTexts } from './uiLanguage';
import { selectInLine } from './editorPage';

const s = useAppSession();

async function showIn(page: Page, locale: UiLocale | 'system'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('resdraft-language', l), locale);
  await page.reload();
  await page.locator('[data-number="5"]').waitFor();
}

const htmlLang = (page: Page): Promise<{ lang: string; dir: string }> => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** A toolbar button by its command (its name is the language's). */
const command = (page: Page, id: string) => page.getByTestId('toolbar').locator(`[data-command="${id}"]`);

/**
 * Walks the screens of wording.test.ts in `locale`, naming buttons by the catalog's words, and
 * calls `check` on each: the window, an adopted text, the editor with marks, each tool of the
 * side pane, Compare, Settings, Export, Import, and the Discard question.
 */
async function walk(page: Page, locale: UiLocale, check: (screen: string) => Promise<void>): Promise<void> {
  const t = (id: MessageId, values?: Record<string, string | number>): string => translator(locale)(id, values);
  await check('the window as it opens');
  await page.locator('[data-number="34"]').click();
  await page.getByTestId('resolution-view').waitFor();
  await check('an adopted text');
  await page.getByRole('button', { name: t('main.start'), exact: true }).click();
  await page.getByTestId('editor').waitFor();
  await selectInLine(page, 'that there is a growing general awareness', 'growing');
  await page.keyboard.type('widely shared');
  await page.getByTestId('change-count').waitFor();
  await check('the editor with marks');
  for (const tool of ['reviewChanges', 'findReplace', 'checks', 'versions', 'proposalDetails', 'help']) {
    await command(page, tool).click();
    await page.getByTestId('side-pane').getByRole('heading', { level: 2 }).waitFor();
    if (tool === 'checks') await page.getByTestId('checks-summary').waitFor();
    await check(`the side pane: ${tool}`);
  }
  await page.getByTestId('open-compare').click();
  await page.getByTestId('compare-count').waitFor();
  await check('compare');
  await page.getByRole('button', { name: t('compare.back') }).click();
  await command(page, 'settings').click();
  await page.getByTestId('settings-panel').waitFor();
  await check('settings');
  await page.getByTestId('settings-panel').getByRole('button', { name: t('common.done') }).click();
  await command(page, 'export').click();
  await page.getByTestId('export-panel').waitFor();
  await check('export');
  await page.getByTestId('export-panel').getByRole('button', { name: t('common.close'), exact: true }).click();
  await page.getByRole('button', { name: t('sidebar.importDraft') }).click();
  await page.getByTestId('import-panel').waitFor();
  await check('import');
  await page.getByTestId('import-panel').getByRole('button', { name: t('common.cancel'), exact: true }).click();
  await command(page, 'proposalDetails').click();
  await page.getByRole('button', { name: t('details.discard') }).click();
  await page.getByTestId('discard-dialog').waitFor();
  await check('the discard question');
  await page.getByTestId('discard-dialog').getByRole('button', { name: t('discard.discard'), exact: true }).click();
  await page.getByTestId('discard-dialog').waitFor({ state: 'detached' });
}

describe('the app in the six languages', () => {
  it('follows the browser’s languages; the Language setting overrides them; <html lang> and dir follow', async () => {
    const browser = s.page.context().browser()!;
    const context = await browser.newContext({ locale: 'ru-RU' });
    try {
      await authorize(context, s.host);
      const page = await context.newPage();
      await page.goto(s.host.url);
      await page.locator('[data-number="5"]').waitFor();
      expect(await htmlLang(page)).toEqual({ lang: 'ru', dir: 'ltr' });
      expect(await command(page, 'save').textContent()).toBe('Сохранить');
      await page.getByTestId('language').selectOption('ar');
      await page.locator('[data-number="5"]').waitFor();
      await expect.poll(() => htmlLang(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await command(page, 'save').textContent()).toBe('حفظ');
      await page.getByTestId('language').selectOption('system');
      await expect.poll(() => htmlLang(page)).toEqual({ lang: 'ru', dir: 'ltr' });
    } finally {
      await context.close();
    }
    expect(await htmlLang(s.page)).toEqual({ lang: 'en', dir: 'ltr' });
  }, 60_000);

  it('the checks can fail: an English phrase and a hard-coded word are found', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'language-probe';
      p.textContent = 'Start a proposal';
      document.querySelector('.title-bar')!.append(p);
    });
    expect(await englishLeft(page)).toContain('Start a proposal');
    expect(await notPseudo(page)).toContain('Start a proposal');
    await page.evaluate(() => document.getElementById('language-probe')?.remove());
  });

  for (const locale of ['fr', 'es', 'ru', 'ar', 'zh'] as const) {
    it(`${locale}: no English phrase of ours on any screen`, async () => {
      await showIn(s.page, locale);
      expect((await htmlLang(s.page)).lang).toBe(locale);
      await walk(s.page, locale, async (screen) => {
        expect(await englishLeft(s.page), `${locale}, ${screen}`).toEqual([]);
      });
    }, 120_000);
  }

  it('the pseudo-locale: every word of ours on every screen is pseudo, so none is left in the code', async () => {
    await showIn(s.page, PSEUDO_LOCALE);
    expect((await ourTexts(s.page)).join(' ')).toMatch(/⟦/);
    await walk(s.page, PSEUDO_LOCALE, async (screen) => {
      expect(await notPseudo(s.page), screen).toEqual([]);
    });
  }, 120_000);
});

describe('Arabic right to left', () => {
  it('the window is right to left: the side pane on the left of the text, the sidebar on the right; English is left to right', async () => {
    const { page } = s;
    const sides = async (): Promise<{ pane: number; text: number; sidebar: number }> => {
      await page.locator('[data-number="34"]').click();
      await page.getByTestId('resolution-view').waitFor();
      await command(page, 'help').click();
      await page.getByTestId('side-pane').getByRole('heading', { level: 2 }).waitFor();
      const centre = async (selector: string): Promise<number> => {
        const box = (await page.locator(selector).first().boundingBox())!;
        return box.x + box.width / 2;
      };
      return { pane: await centre('[data-testid="side-pane"]'), text: await centre('[data-testid="resolution-view"]'), sidebar: await centre('.sidebar') };
    };
    await showIn(page, 'en');
    const ltr = await sides();
    expect(ltr.pane).toBeGreaterThan(ltr.text);
    expect(ltr.sidebar).toBeLessThan(ltr.text);
    await showIn(page, 'ar');
    expect(await htmlLang(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const rtl = await sides();
    expect(rtl.pane).toBeLessThan(rtl.text);
    expect(rtl.sidebar).toBeGreaterThan(rtl.text);
    // the English adopted text stays left to right inside the Arabic window
    expect(await page.getByTestId('resolution-view').getAttribute('dir')).toBe('ltr');
  }, 60_000);
});

describe('accessibility audit in Arabic and Chinese', () => {
  for (const locale of ['ar', 'zh'] as const) {
    it(`${locale}: no serious or critical violation on the screens walked`, async () => {
      await showIn(s.page, locale);
      await walk(s.page, locale, async (screen) => {
        const report = await audit(s.page, `${locale}: ${screen}`);
        expect(blocking(report), `${locale}, ${screen}: ${JSON.stringify(blocking(report), null, 1)}`).toEqual([]);
      });
    }, 180_000);
  }
});
