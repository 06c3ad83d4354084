/**
 * The window's own words in a language (issue 24, point 1): what a user reads outside the
 * resolution's text (text, accessible names, tooltips, placeholders), and the checks that no
 * English message of the catalog is left in another language, and that in the pseudo-locale every
 * word of ours is pseudo (a string left in the code is not).
 */
import type { Page } from 'playwright-core';
import { EN, type MessageId } from '../../shared/i18n/catalogs/en';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** Where the text is the delegate's or the document's, not the app's (`translate="no"` marks data such as titles and file names). */
const NOT_OURS = ['.resolution', '.rd-editor', '.compare-body', '.synopsis-baseline', '.synopsis-notation', '.review-excerpt', '.conflict-card dd', 'textarea', 'input', '.print-preview', '[translate="no"]', 'kbd', '.symbol-badge', 'script', 'style'];

/** Every text of ours a user can read or hear on the page now. */
export function ourTexts(page: Page): Promise<string[]> {
  return page.evaluate((notOurs) => {
    const skip = notOurs.join(', ');
    const visible = (el: Element): boolean => !!(el as HTMLElement).offsetParent || el.closest('dialog[open], [role="status"], [aria-live]') !== null || getComputedStyle(el).position === 'fixed';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.nodeValue?.trim() || el.closest(skip) || !visible(el)) continue;
      texts.push(n.nodeValue.trim());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest('[translate="no"]') || (el.closest(skip) && !el.matches('input, textarea, .rd-editor'))) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        // a text box's placeholder shows the resolution layout, in the text's words
        if (a === 'placeholder' && el.matches('textarea')) continue;
        const v = el.getAttribute(a)?.trim();
        if (v) texts.push(v);
      }
    }
    texts.push(document.title);
    return texts.filter(Boolean);
  }, NOT_OURS);
}

function literals(elements: readonly MessageFormatElement[], out: string[]): void {
  for (const e of elements) {
    if (e.type === TYPE.literal) out.push(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) literals(o.value, out);
  }
}

/** The English words of the catalog that would betray an untranslated message: runs of two words or more. */
export const ENGLISH_PHRASES: readonly string[] = (() => {
  const found = new Set<string>();
  for (const id of Object.keys(EN) as MessageId[]) {
    const runs: string[] = [];
    literals(parse(EN[id], { ignoreTag: true }), runs);
    for (const run of runs) for (const piece of run.split(/[:;().,“”"?…]/)) if (/^[A-Za-z][a-z’']+( [a-z’']+)+$/.test(piece.trim())) found.add(piece.trim());
  }
  return [...found];
})();

/** The texts of ours that still hold a phrase of the English catalog. */
export async function englishLeft(page: Page): Promise<string[]> {
  const texts = await ourTexts(page);
  return texts.filter((t) => ENGLISH_PHRASES.some((p) => new RegExp(`(^|[^A-Za-z])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(t)));
}

/** The texts of ours with a word outside the pseudo-locale's brackets (a string not read from the catalog). */
export async function notPseudo(page: Page): Promise<string[]> {
  const texts = await ourTexts(page);
  return texts.filter((t) => /[A-Za-z]{3,}/.test(t.replace(/⟦[^]*⟧/g, '')));
}
