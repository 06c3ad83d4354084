/**
 * The caret and the selection in an Arabic draft (issue 24, point 1: "the caret and selection
 * right across revision marks and labels"): the draft of Resolution 34 of the Arabic edition
 * (test/fixtures/i18n/ar) is right to left in the editor; in its item 1 of "يقرر", with a word
 * deleted (a struck widget, not in the text) and a word inserted, ArrowLeft moves the caret one
 * character forward in the text and to the left on screen, ArrowRight back and to the right,
 * across both marks; Home and End go to the ends of the item's text, past its label; Shift+Arrow
 * selects in the same direction; and typing lands in the model where the caret was shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSessionWithEditions } from './editionSession';
import { caretAt, pageLines, selectInLine } from './editorPage';

const started = useSessionWithEditions('resdraft-rtl-caret-', () => [{ source: 'test/fixtures/i18n/ar/annex.txt', id: 'kigali-2022-ar' }]);

const ITEM = 'أن يواصل قطاع تنمية الاتصالات تقديم المساعدة إلى الدول الأعضاء؛';


/** Where the caret is: the model's line and offset in it (ProseMirror's selection), and its place on screen. */
interface Caret {
  line: number;
  offset: number;
  anchor: number;
  x: number;
  text: string;
}

function caret(page: Page): Promise<Caret> {
  return page.evaluate(() => {
    const editor = (document.querySelector('.rd-editor') as HTMLElement & { editor: { state: { selection: { $head: { index(d: number): number; parentOffset: number }; $anchor: { parentOffset: number } }; doc: { child(i: number): { textContent: string } } } } }).editor;
    const { $head, $anchor } = editor.state.selection;
    const sel = getSelection()!;
    const range = document.createRange();
    range.setStart(sel.focusNode!, sel.focusOffset);
    const rects = range.getClientRects();
    const box = rects[0] ?? range.getBoundingClientRect();
    const line = $head.index(0);
    return { line, offset: $head.parentOffset, anchor: $anchor.parentOffset, x: box.left, text: editor.state.doc.child(line).textContent };
  });
}

const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

async function press(page: Page, key: string): Promise<Caret> {
  await page.keyboard.press(key);
  await settle(page);
  return caret(page);
}

describe('the caret in an Arabic draft', () => {
  it('the draft is right to left; the arrows move visually and logically across a deleted and an inserted mark; Home, End, Shift+Arrow and typing follow', async () => {
    const { page } = started();
    // wide enough for the item to stay on one screen line (End on a wrapped line is the screen line's end)
    await page.setViewportSize({ width: 1700, height: 900 });
    await page.getByTestId('edition-picker').selectOption('kigali-2022-ar');
    await page.locator('[data-number="34"]').click();
    await page.getByRole('button', { name: 'Start a proposal' }).click();
    const editor = page.getByTestId('editor');
    await editor.waitFor();
    expect(await editor.getAttribute('dir')).toBe('rtl');
    expect(await editor.getAttribute('lang')).toBe('ar');

    // a deleted word (struck, shown where it stood) and an inserted one
    await selectInLine(page, ITEM, 'قطاع ');
    await page.keyboard.press('Delete');
    await selectInLine(page, 'تنمية الاتصالات تقديم', 'الاتصالات');
    await page.evaluate(() => getSelection()!.collapseToStart());
    await settle(page);
    await page.keyboard.type('خدمات ');
    await page.locator('.rd-editor ins.rd-ins', { hasText: 'خدمات' }).first().waitFor();
    await page.locator('.rd-editor del', { hasText: 'قطاع' }).first().waitFor();
    const line = await caret(page);
    const text = 'أن يواصل تنمية خدمات الاتصالات تقديم المساعدة إلى الدول الأعضاء؛';
    expect(line.text).toBe(text);

    // from the start of the text (right, after the label) ArrowLeft walks forward, leftwards on screen
    await page.keyboard.press('Home');
    await settle(page);
    let at = await caret(page);
    expect(at.offset).toBe(0);
    const label = (await page.locator('.rd-editor p.rd-item', { hasText: 'خدمات' }).locator('.rd-label').first().boundingBox())!;
    expect(at.x).toBeLessThanOrEqual(label.x + 1); // the caret stands left of the label: the label is at the start, on the right
    const pastInserted = text.indexOf('الاتصالات');
    const steps: Caret[] = [at];
    while (at.offset < pastInserted + 2) {
      const next = await press(page, 'ArrowLeft');
      expect(next.offset, `ArrowLeft at ${at.offset}`).toBe(at.offset + 1);
      if (text[at.offset] !== ' ' && text[next.offset - 1] !== ' ') expect(next.x, `on screen, at ${at.offset}`).toBeLessThan(at.x);
      steps.push(next);
      at = next;
    }
    // the deleted word stands between "يواصل " and "تنمية": crossing it is one step, and a long one to the left
    const before = steps[text.indexOf('تنمية')]!;
    const after = steps[text.indexOf('تنمية') + 1]!;
    expect(after.x).toBeLessThan(before.x);

    // ArrowRight walks back, rightwards on screen, across the inserted word
    for (let i = 0; i < 8; i++) {
      const back = await press(page, 'ArrowRight');
      expect(back.offset).toBe(at.offset - 1);
      if (text[back.offset] !== ' ' && text[at.offset - 1] !== ' ') expect(back.x).toBeGreaterThan(at.x);
      at = back;
    }

    // Shift+ArrowLeft selects forward from the caret
    const anchor = at.offset;
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    const selected = await press(page, 'Shift+ArrowLeft');
    expect([selected.anchor, selected.offset]).toEqual([anchor, anchor + 3]);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(text.slice(anchor, anchor + 3));

    // End: the end of the text, on the left (the item is one screen line: see the viewport)
    const end = await press(page, 'End');
    const item = (await page.locator('.rd-editor p.rd-item', { hasText: 'خدمات' }).first().boundingBox())!;
    expect(item.height).toBeLessThan(40);
    expect(end.offset).toBe(text.length);
    expect(end.x).toBeLessThan(steps[steps.length - 1]!.x);

    // typing lands where the caret is: after two steps back from the end
    await press(page, 'ArrowRight');
    const there = await press(page, 'ArrowRight');
    await page.keyboard.type('ز');
    await settle(page);
    const typed = await caret(page);
    expect(typed.text).toBe(`${text.slice(0, there.offset)}ز${text.slice(there.offset)}`);
    expect(typed.offset).toBe(there.offset + 1);
  }, 90_000);

  it('Home and End reach the ends of an English item’s text too, past its label (Chromium alone leaves the caret where it is)', async () => {
    const { page } = started();
    await page.getByTestId('edition-picker').selectOption('kigali-2022');
    await page.locator('[data-number="45"]').click();
    await page.getByRole('button', { name: 'Start a proposal' }).click();
    await page.getByTestId('editor').locator('.rd-number-line', { hasText: /^RESOLUTION\s45 / }).waitFor();
    const lines = await pageLines(page);
    const b = lines.findIndex((l) => l.text.includes('174'));
    expect(b, JSON.stringify(lines.slice(0, 8))).toBeGreaterThan(0);
    await caretAt(page, b, 'Resolution '.length);
    await page.keyboard.type('big ');
    const home = await press(page, 'Home');
    expect(home.offset).toBe(0);
    const selected = await press(page, 'Shift+End');
    expect(selected.anchor).toBe(0);
    // to the end of the text, or of its first screen line when the item wraps
    expect(selected.offset).toBeGreaterThan('Resolution big 174 (Rev. Busan, 2014)'.length);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(selected.text.slice(0, selected.offset));
    expect(selected.text).toMatch(/^Resolution\sbig 174\s\(Rev\.\sBusan, 2014\)/);
  }, 60_000);
});
