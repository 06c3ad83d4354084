/**
 * What a user reads on the page, searched for code identifiers: camelCase and snake_case words,
 * `kind:` / `type:` / `status:` keys, and `undefined`, `null`, `NaN`, `[object Object]`. It reads
 * the text of the window's chrome (panes, dialogs, lists, messages, screen-reader text) and its
 * accessible names, tooltips and placeholders; the resolution's own text (the page, the editor,
 * the compared text, excerpts and notation quoted from it) is the delegate's, not ours, and is left out.
 */
import type { Page } from 'playwright-core';

/** Where the resolution's own text stands: not the app's words. */
const QUOTED = ['.resolution', '.rd-editor', '.compare-body', '.synopsis-baseline', '.synopsis-notation', '.review-excerpt', '.conflict-card dd', 'textarea', '.print-preview'];

/** Every code identifier a user can read on the page now, each with the words around it. */
export async function identifiersOnScreen(page: Page): Promise<string[]> {
  return page.evaluate((quoted) => {
    const patterns = [/\b[a-z]+[A-Z][A-Za-z]*\b/g, /\b[a-z]+_[a-z_]+\b/g, /\b(?:kind|type|status|symbol|code|id):/g, /\b(?:undefined|null|NaN)\b/g, /\[object \w+\]/g];
    const texts: string[] = [];
    const root = document.body.cloneNode(true) as HTMLElement;
    root.querySelectorAll(quoted.join(', ')).forEach((el) => el.remove());
    root.querySelectorAll('script, style').forEach((el) => el.remove());
    // each text node apart: neighbouring elements' texts are not one word
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.trim()) texts.push(n.nodeValue);
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest(quoted.join(', '))) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) texts.push(v);
      }
    }
    const found: string[] = [];
    for (const t of texts) {
      for (const p of patterns) {
        for (const m of t.matchAll(p)) found.push(`“${m[0]}” in “${t.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 40).replace(/\s+/g, ' ').trim()}”`);
      }
    }
    return found;
  }, QUOTED);
}
