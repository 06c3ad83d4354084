/**
 * Page helpers for the editor's browser tests and benchmark: open a proposal, put the caret or a
 * selection in a line of the draft through the DOM (as a user's click would), read the marks.
 */
import type { Locator, Page } from 'playwright-core';

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

/** One editable line of the draft as the page shows it (its own text, without marks or labels). */
export interface PageLine {
  type: string;
  text: string;
  depth?: number;
  kind?: string;
  footnote?: number;
}

const LINE_TYPES: Record<string, string> = {
  'rd-number-line': 'numberLine',
  'rd-title': 'title',
  'rd-conference-line': 'conferenceLine',
  'rd-call': 'call',
  'rd-paragraph': 'paragraph',
  'rd-item': 'item',
  'rd-footnote': 'footnote',
};

/** The draft's lines as shown (footnote references read back as `[^k]`). */
export function pageLines(page: Page): Promise<PageLine[]> {
  return page.evaluate(
    ({ lines, types }) =>
      [...document.querySelectorAll(lines)].map((p) => {
        let text = '';
        const walk = (n: Node): void => {
          if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue ?? '';
          else if (n instanceof HTMLElement) {
            // walking skips widgets (not editable), so a reference reached here is the draft's own
            if (n.matches('sup.fn-ref')) text += `[^${n.textContent}]`;
            else if (n.contentEditable !== 'false') n.childNodes.forEach(walk);
          }
        };
        p.childNodes.forEach(walk);
        const type = Object.entries(types).find(([cls]) => p.classList.contains(cls))?.[1] ?? 'unknown';
        const el = p as HTMLElement;
        return {
          type,
          text,
          ...(type === 'item' ? { depth: Number(el.dataset.depth), kind: el.dataset.kind } : {}),
          ...(type === 'footnote' ? { footnote: Number(el.dataset.footnote) } : {}),
        };
      }),
    { lines: LINES, types: LINE_TYPES },
  );
}

/** What the page shows for each row, in reading order (draft lines and deleted lines alike). */
export interface PageRow {
  status: string;
  move: string | null;
  label: string;
  ins: string;
  del: string;
}

/** Every line of the marked editor with its marks, as a reader sees them. */
export function pageRows(page: Page): Promise<PageRow[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.rd-editor > p')].map((p) => {
      const status = ['modified', 'inserted', 'deleted', 'unchanged'].find((s) => p.classList.contains(`rd-row-${s}`)) ?? 'unchanged';
      const own = (sel: string): string =>
        [...p.querySelectorAll(sel)]
          .filter((e) => !e.closest('.rd-label') && !e.querySelector('.rd-footnote-number'))
          .map((e) => e.textContent)
          .join('');
      return {
        status,
        move: p.getAttribute('data-move'),
        label: [...p.querySelectorAll('.rd-label')].map((l) => l.textContent).join(''),
        ins: own('ins'),
        del: own('del'),
      };
    }),
  );
}

/** The engine's counts the page shows under the editor. */
export async function pageStats(page: Page): Promise<Record<string, number>> {
  const data = await page.getByTestId('change-stats').evaluate((e) => ({ ...(e as HTMLElement).dataset }));
  // every count the engine gives is written as a data attribute (besides the test id)
  return Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'testid').map(([k, v]) => [k, Number(v)]));
}

/** Puts the caret in editable line `index` (0-based, see {@link LINES}) at character `offset` of its own text (clamped). */
export async function caretAt(page: Page, index: number, offset: number): Promise<void> {
  await page.evaluate(
    ({ lines, index, offset }) => {
      const line = document.querySelectorAll(lines)[index];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[contenteditable="false"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const range = document.createRange();
      let left = offset;
      let placed = false;
      let last: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        last = t;
        if (left <= t.length) {
          range.setStart(t, left);
          placed = true;
          break;
        }
        left -= t.length;
      }
      if (!placed) {
        if (last) range.setStart(last, last.length);
        else range.setStart(line, line.childNodes.length > 0 ? 0 : 0);
      }
      range.collapse(true);
      (document.querySelector('.rd-editor') as HTMLElement).focus();
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { lines: LINES, index, offset },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/**
 * Moves editable line `from` (an item) to just after line `after` (indices as in {@link pageLines},
 * before the move) the way a delegate does: select the whole item, Ctrl+X, caret at the end of
 * the other line, Ctrl+V. Returns the moved line's text.
 */
export async function cutAndPasteLine(page: Page, from: number, after: number): Promise<string> {
  const lines = await pageLines(page);
  const moved = lines[from].text;
  const anchor = lines[after].text;
  await selectLine(page, from);
  await page.keyboard.press('Control+x');
  const target = from < after ? after - 1 : after;
  if ((await pageLines(page))[target]?.text !== anchor) throw new Error(`the cut of "${moved}" did not remove exactly one line`);
  await caretAt(page, target, anchor.length);
  await page.keyboard.press('Control+v');
  return moved;
}

/** Selects the whole text of editable line `index` (as a drag over it, or a triple click, does). */
export async function selectLine(page: Page, index: number): Promise<void> {
  await page.evaluate(
    ({ lines, index }) => {
      const line = document.querySelectorAll(lines)[index];
      const kids = [...line.childNodes];
      const own = (n: ChildNode): boolean => !(n instanceof HTMLElement && n.contentEditable === 'false' && !n.matches('sup.fn-ref'));
      const first = kids.findIndex(own);
      const last = kids.findLastIndex(own);
      const range = document.createRange();
      range.setStart(line, Math.max(0, first));
      range.setEnd(line, last + 1);
      (document.querySelector('.rd-editor') as HTMLElement).focus();
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { lines: LINES, index },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/**
 * Opens a contribution file of the data folder (its name starts with `stem`) through the Open
 * panel, as a user does, and then its proposal on resolution `n`; resolves once the editor shows.
 */
export async function openFileProposal(page: Page, stem: string, n: string): Promise<void> {
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-panel').getByRole('button', { name: `${stem}.resdraft`, exact: true }).first().click();
  // the document open before has edits: leave them (a test's earlier document)
  const ask = page.getByTestId('leave-dialog');
  await ask.waitFor({ timeout: 1500 }).then(
    () => ask.getByRole('button', { name: 'Leave without saving' }).click(),
    () => undefined,
  );
  await page.getByTestId('doc-status').getByText(new RegExp(`^${stem}\\.resdraft`)).waitFor({ timeout: 60_000 });
  await page.locator(`[data-number="${n}"]`).first().click();
  await page.locator('[data-testid="editor"]').waitFor({ timeout: 60_000 });
}

/** Scrolls editable line `index` to the middle of the view (as a user scrolls to where they will click) and waits for the frame. */
export async function scrollToLine(page: Page, index: number): Promise<void> {
  await page.evaluate(
    ({ lines, index }) => new Promise((r) => {
      document.querySelectorAll(lines)[index].scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)));
    }),
    { lines: LINES, index },
  );
}

/** Opens a tool of the side pane with its toolbar button (unless it is open already); returns the pane. */
export async function openTool(page: Page, button: string): Promise<Locator> {
  const b = page.getByTestId('toolbar').getByRole('button', { name: button, exact: true });
  if ((await b.getAttribute('aria-pressed')) !== 'true') await b.click();
  const pane = page.getByTestId('side-pane');
  await pane.getByRole('heading', { level: 2 }).waitFor();
  return pane;
}

/** Closes the side pane's tool with its × button. */
export async function closeTool(page: Page): Promise<void> {
  await page.getByTestId('side-pane').getByRole('button', { name: /^Close / }).click();
}

/** Discards the proposal shown, as a delegate does: the Proposal pane's Discard, then the question's answer. */
export async function discardProposal(page: Page): Promise<void> {
  const pane = await openTool(page, 'Proposal');
  await pane.getByRole('button', { name: 'Discard proposal' }).click();
  await page.getByTestId('discard-dialog').getByRole('button', { name: 'Discard the proposal', exact: true }).click();
}

/**
 * A delegate's MOD of Resolution 34 for Baku, 2025 (the settings name that conference): the head
 * lines revised, a word of recognizing a) replaced, and a new item after b).
 */
export async function draftResolution34(page: Page): Promise<void> {
  await openProposal(page, '34');
  await page.getByRole('button', { name: 'Revise for Baku, 2025' }).click();
  await selectInLine(page, 'that there is a growing general awareness', 'growing');
  await page.keyboard.type('widely shared');
  const b = (await pageLines(page)).findIndex((l) => l.text.startsWith('that the number of natural'));
  await caretAt(page, b, 10_000);
  await page.keyboard.press('Enter');
  await page.keyboard.type('that early-warning systems save lives;');
}

/** Waits until every edit of the window is in the host's journal (the title's status says so), as a reload or a crash would find it. */
export async function waitForJournal(page: Page): Promise<void> {
  await page.locator('[data-testid="doc-status"][data-journaled="true"]').waitFor({ timeout: 10_000 });
}

/** Waits until the page has laid out and painted what the last input changed (its fonts loaded, two frames drawn). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))));
}
