/**
 * Page helpers for the editor's browser tests and benchmark: open a proposal, put the caret or a
 * selection in a line of the draft through the DOM (as a user's click would), read the marks.
 */
import type { Page } from 'playwright-core';

/** The editor's own lines (not the widgets showing deleted lines). */
export const LINES = '.rd-editor > p:not([contenteditable="false"])';

/** Selects resolution `n` in the sidebar and starts a proposal on it (unless one exists). */
export async function openProposal(page: Page, n: string): Promise<void> {
  await page.locator(`[data-number="${n}"]`).click();
  const numberLine = new RegExp(`^RESOLUTION\\s${n} `);
  const start = page.getByRole('button', { name: 'Start a proposal' });
  const editor = page.locator('[data-testid="editor"]').filter({ has: page.locator('.rd-number-line', { hasText: numberLine }) });
  await page.locator('.rd-number-line', { hasText: numberLine }).first().waitFor();
  await Promise.race([start.waitFor(), editor.waitFor()]);
  if (await start.isVisible()) await start.click();
  await editor.waitFor();
}

/**
 * Puts a DOM selection in the editor: in the first line containing `text`, over `select`
 * (a substring of it), or collapsed at the end of the line when `select` is omitted.
 */
export async function selectInLine(page: Page, text: string, select?: string): Promise<void> {
  const ok = await page.evaluate(
    ({ lines, text, select }) => {
      const line = [...document.querySelectorAll(lines)].find((p) => (p.textContent ?? '').includes(text));
      if (!line) return false;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[contenteditable="false"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      const range = document.createRange();
      if (select === undefined) {
        const last = texts[texts.length - 1];
        range.setStart(last, last.length);
      } else {
        const node = texts.find((t) => t.data.includes(text) || t.data.includes(select));
        const at = node ? node.data.indexOf(select, Math.max(0, node.data.indexOf(text))) : -1;
        if (!node || at < 0) return false;
        range.setStart(node, at);
        range.setEnd(node, at + select.length);
      }
      (document.querySelector('.rd-editor') as HTMLElement).focus();
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    },
    { lines: LINES, text, select },
  );
  if (!ok) await page.screenshot({ path: 'test/.tmp/selectInLine-failure.png' });
  if (!ok) throw new Error(`no editor line contains "${text}"${select ? ` with "${select}"` : ''}`);
  // let ProseMirror read the DOM selection (selectionchange is asynchronous)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Texts of the elements matching `selector` inside the editor. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(`.rd-editor ${selector}`).allTextContents();
}

/** The proposal symbol shown. */
export async function symbol(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="symbol"]').textContent()) ?? '').trim();
}
