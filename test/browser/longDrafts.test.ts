/**
 * The editor at any length, in Chromium through the browser host (issue 21): on Resolution 34 and
 * on the 16 × text (about 2,000 lines, opened from a contribution file as a user opens it), seeded
 * keyboard edits, after every key the page shows `compare(baseline, toModel(doc))` (marks computed by
 * the engine's incremental path); a key redraws only its own line; a far jump lands on its line
 * while the lines off screen are not laid out; spell checking follows the delegate's setting,
 * which the contribution keeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import type { Resolution } from '../../shared/model/resolution';
import { SPELLCHECK_AUTO_LINES } from '../../renderer/editor/spellcheck';
import { writeScaleDocument } from '../support/scaleDocument';
import { useAppSession } from './appSession';
import { caretAt, LINES, openFileProposal, openProposal, pageLines, scrollToLine } from './editorPage';
import { checkPage, keyboardSteps, play } from './editorLaw';

const s = useAppSession();
const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');

/** Where the caret is against the editor's scrolling view: true when its line shows between the bar over the text and the bottom. */
function caretShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const sel = getSelection()!;
    const caret = sel.getRangeAt(0).getBoundingClientRect();
    const rect = caret.height > 0 ? caret : (sel.anchorNode as Element).parentElement!.getBoundingClientRect();
    const bar = document.querySelector('.proposal-bar')?.getBoundingClientRect().bottom ?? 0;
    return rect.top >= bar && rect.bottom <= window.innerHeight;
  });
}

/** Waits until the page has drawn a few frames (heights of lines shown for the first time settle). */
const frames = (page: Page, n = 6): Promise<unknown> => page.evaluate((n) => new Promise((r) => {
  let left = n;
  const tick = (): void => void (--left > 0 ? requestAnimationFrame(tick) : r(null));
  requestAnimationFrame(tick);
}), n);

describe('the editor shows compare(baseline, toModel(doc)) after every key, at any length (Chromium)', () => {
  it('Resolution 34: a seeded sequence of keyboard edits', async () => {
    const { page } = s;
    const base = fromText(readFileSync(join(BUNDLED, 'res-34.txt'), 'utf8'));
    await openProposal(page, '34');
    // spelling is checked as you type in a draft of ordinary length (the default choice)
    expect(await page.locator('.rd-editor').getAttribute('spellcheck')).toBe('true');
    let count = 0;
    for (const step of keyboardSteps(2134, 18)) {
      count++;
      await play(page, step, () => checkPage(page, base, `step ${count}: ${JSON.stringify(step)}`));
    }
    expect(s.pageErrors).toEqual([]);
  }, 240_000);

  it('the 16 × text: a seeded sequence of keyboard edits, each place scrolled to first', async () => {
    const { page } = s;
    const doc = writeScaleDocument(s.host.dataDir, 16, undefined, 'typing');
    await page.evaluate('globalThis.__name = (f) => f');
    await openFileProposal(page, doc.stem, '34');
    await checkPage(page, doc.baseline, 'opened');
    let count = 0;
    for (const step of keyboardSteps(2116, 10)) {
      count++;
      const lines = await pageLines(page);
      await scrollToLine(page, 3 + (step.line % (lines.length - 3)));
      await play(page, step, () => checkPage(page, doc.baseline, `step ${count}: ${JSON.stringify(step)}`));
    }
    expect(s.pageErrors).toEqual([]);
  }, 600_000);
});

describe('no work per key that the key does not need (16 ×)', () => {
  it('a key redraws its own line and no other', async () => {
    const { page } = s;
    const doc = writeScaleDocument(s.host.dataDir, 16, undefined, 'redraw');
    await openFileProposal(page, doc.stem, '34');
    const lines = await pageLines(page);
    const index = lines.findIndex((l, i) => i > lines.length / 2 && l.type === 'item' && l.text.length > 40);
    await scrollToLine(page, index);
    await caretAt(page, index, 5);
    await page.evaluate(() => {
      const w = window as unknown as { __changed: Set<Element> };
      w.__changed = new Set();
      const editor = document.querySelector('.rd-editor')!;
      new MutationObserver((records) => {
        for (const r of records) {
          let n: Node | null = r.target;
          while (n && n.parentNode !== editor) n = n.parentNode;
          if (n) w.__changed.add(n as Element);
        }
      }).observe(editor, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.keyboard.type('digital ');
    await frames(page);
    const changed = await page.evaluate((lines) => {
      const all = [...document.querySelectorAll(lines)];
      return [...(window as unknown as { __changed: Set<Element> }).__changed].map((e) => all.indexOf(e));
    }, LINES);
    expect(changed).toEqual([index]);
  }, 120_000);

  it('a far jump (Next change from the top, Ctrl+End, Ctrl+Home) lands on its line, the lines between never laid out before', async () => {
    const { page } = s;
    const doc = writeScaleDocument(s.host.dataDir, 16, (baseline: Resolution) => {
      // one change only, near the end: Next change from the top jumps over about 2,000 lines
      const draft = structuredClone(baseline);
      const last = draft.calls.at(-2)!;
      last.phrase = `${last.phrase} further`;
      return draft;
    }, 'far');
    await openFileProposal(page, doc.stem, '34');
    await caretAt(page, 3, 0);
    await frames(page);
    expect(await caretShows(page)).toBe(true);
    await page.keyboard.press('Alt+F6');
    await frames(page);
    expect(await page.evaluate(() => getSelection()!.anchorNode!.parentElement!.closest('p')!.textContent)).toContain('further');
    expect(await caretShows(page)).toBe(true);
    await page.keyboard.press('Control+Home');
    await frames(page);
    expect(await caretShows(page)).toBe(true);
    await page.keyboard.press('Control+End');
    await frames(page);
    expect(await caretShows(page)).toBe(true);
  }, 120_000);
});

describe('spell checking is the delegate’s choice, kept in the contribution', () => {
  it(`off by default for a draft of more than ${SPELLCHECK_AUTO_LINES} lines (on for one of ordinary length: see above); a choice is saved with the contribution`, async () => {
    const { page } = s;
    const spellcheck = (): Promise<string | null> => page.locator('.rd-editor').getAttribute('spellcheck');
    const doc = writeScaleDocument(s.host.dataDir, 16, undefined, 'spelling');
    await openFileProposal(page, doc.stem, '34');
    expect(await spellcheck()).toBe('false');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-spellcheck').selectOption('on');
    await page.getByTestId('settings-panel').getByRole('button', { name: 'Done' }).click();
    expect(await spellcheck()).toBe('true');
    await page.locator('.rd-editor').click();
    await page.keyboard.press('Control+s');
    const file = join(s.host.dataDir, `${doc.stem}.resdraft`);
    await expect.poll(() => (JSON.parse(readFileSync(file, 'utf8')) as { settings: { spellcheck?: string } }).settings.spellcheck, { timeout: 10_000 }).toBe('on');
    // the text itself is as it was
    expect(toText((JSON.parse(readFileSync(file, 'utf8')) as { proposals: { draft: Resolution }[] }).proposals[0].draft)).toBe(toText(doc.draft));
  }, 120_000);
});
