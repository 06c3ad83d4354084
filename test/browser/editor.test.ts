import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { LINES, caretAt, openProposal, pageLines, selectInLine, symbol, texts } from './editorPage';

const s = useAppSession();
const pageErrors = s.pageErrors;

describe('the window in Chromium', () => {
  it('lists the 14 bundled resolutions and shows Resolution 34 laid out with items aa) … ag)', async () => {
    const { page } = s;
    const numbers = await page.locator('[data-testid="resolution-list"] [data-number]').evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
    expect(numbers).toEqual(['5', '17', '18', '30', '34', '36', '45', '46', '48', '51', '55', '58', '76', '82']);
    await page.locator('[data-number="34"]').click();
    const view = page.locator('[data-testid="resolution-view"]');
    await view.waitFor();
    expect(await view.locator('.rd-number-line').textContent()).toBe('RESOLUTION 34 (Rev. Kigali, 2022)');
    const labels = await view.locator('.rd-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['aa)', 'ab)', 'ac)', 'ad)', 'ae)', 'af)', 'ag)']));
    expect(labels.indexOf('ag)') - labels.indexOf('aa)')).toBe(6);
    // calls in italics, footnote references as superscripts
    expect(await view.locator('.rd-call').first().evaluate((e) => getComputedStyle(e).fontStyle)).toBe('italic');
    expect(await view.locator('sup.fn-ref').count()).toBeGreaterThan(0);
  });
});

describe('live revision marks while typing', () => {
  it('shows a typed word inside <ins> and the symbol turns from NOC to MOD', async () => {
    const { page } = s;
    await openProposal(page, '17');
    expect(await symbol(page)).toBe('NOC');
    expect(await texts(page, 'ins')).toEqual([]);
    await selectInLine(page, 'project execution and project monitoring functions in ITU', 'project monitoring');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('effective ');
    expect((await texts(page, 'ins')).map((t) => t.trim())).toEqual(['effective']);
    expect(await symbol(page)).toBe('MOD');
    expect(await page.locator(LINES).filter({ hasText: 'project execution and effective project monitoring' }).count()).toBe(1);
  });

  it('replacing Kigali in "Kigali Action Plan" with Baku shows <del>Kigali</del> and <ins>Baku</ins>', async () => {
    const { page } = s;
    await selectInLine(page, 'specified in the Kigali Action Plan', 'Kigali');
    await page.keyboard.type('Baku');
    const line = page.locator(LINES).filter({ hasText: 'regional initiatives which are specified in the' });
    expect(await line.count()).toBe(1);
    expect(await line.evaluate((p) => p.textContent)).toContain('specified in the KigaliBaku Action Plan;');
    expect(await line.locator('del').allTextContents()).toEqual(['Kigali']);
    expect(await line.locator('ins').allTextContents()).toEqual(['Baku']);
    // deletion first, then insertion, and the deleted text is not part of the editable text
    const order = await line.evaluate((p) => [...p.querySelectorAll('del, ins')].map((e) => e.tagName));
    expect(order).toEqual(['DEL', 'INS']);
    expect(await line.locator('del').evaluate((d) => d.closest('[contenteditable="false"]') !== null)).toBe(true);
  });
});

describe('typing paths', () => {
  it('a typed key is applied by the editor (the browser edit cancelled); text from an input method still arrives; one undo takes both back', async () => {
    const { page } = s;
    await openProposal(page, '18');
    expect(await symbol(page)).toBe('NOC');
    const line = page.locator(LINES).filter({ hasText: 'the restrictions and difficulties related to the current situation' });
    const before = await line.textContent();
    await selectInLine(page, 'the current situation in Palestine that are preventing', 'Palestine');
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => {
      const w = window as unknown as { __cancelled: boolean[] };
      w.__cancelled = [];
      window.addEventListener('keypress', (e) => w.__cancelled.push(e.defaultPrevented));
    });
    await page.keyboard.type(' quick');
    // as an input method or dictation delivers text: no key events, only the browser's edit
    await page.keyboard.insertText(' brown');
    expect(await page.evaluate(() => (window as unknown as { __cancelled: boolean[] }).__cancelled)).toEqual([true, true, true, true, true, true]);
    expect(await line.evaluate((p) => p.textContent)).toContain('situation in Palestine quick brown that are');
    expect((await line.locator('ins').allTextContents()).join('').trim()).toBe('quick brown');
    expect(await symbol(page)).toBe('MOD');
    await page.keyboard.press('Control+z');
    expect(await line.textContent()).toBe(before);
    expect(await symbol(page)).toBe('NOC');
  });
});

describe('the caret and the toolbar', () => {
  it('going up line by line, the caret line is never hidden under the toolbar that stays over the text', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openProposal(page, '34');
    const lines = await pageLines(page);
    await caretAt(page, lines.length - 12, 0);
    const hidden: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('ArrowUp');
      // as the reader sees it: after the frame that follows the key (the selection change handled)
      const { caret, bar } = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { caret: r.top, bar: document.querySelector('[data-testid="proposal-bar"]')!.getBoundingClientRect().bottom };
      });
      if (caret < bar) hidden.push(`key ${i + 1}: caret at ${caret.toFixed(0)} px, bar ends at ${bar.toFixed(0)} px`);
    }
    expect(hidden).toEqual([]);
  });

  it('typing in a line out of view below brings it into view (above the window edge, below the bar)', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openProposal(page, '34');
    const lines = await pageLines(page);
    await page.evaluate(() => document.querySelector('[data-testid="doc-scroll"]')!.scrollTo(0, 0));
    await caretAt(page, lines.length - 3, 0);
    await page.evaluate(() => document.querySelector('[data-testid="doc-scroll"]')!.scrollTo(0, 0));
    await page.keyboard.type('z');
    const { caret, bar, pane } = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { caret: { top: r.top, bottom: r.bottom }, bar: document.querySelector('[data-testid="proposal-bar"]')!.getBoundingClientRect().bottom, pane: document.querySelector('[data-testid="doc-scroll"]')!.getBoundingClientRect().bottom };
    });
    expect(caret.top).toBeGreaterThanOrEqual(bar);
    expect(caret.bottom).toBeLessThanOrEqual(pane);
    await page.keyboard.press('Backspace');
  });
});

describe('structure editing', () => {
  it('Enter after item b) of considering in Resolution 5 relabels c) … g) and marks each relabel; undo restores NOC', async () => {
    const { page } = s;
    await openProposal(page, '5');
    expect(await symbol(page)).toBe('NOC');
    await selectInLine(page, 'of the Plenipotentiary Conference, on special measures for the least developed');
    await page.keyboard.press('Enter');
    const considering = await page.evaluate((lines) => {
      const ps = [...document.querySelectorAll('.rd-editor > p')];
      const from = ps.findIndex((p) => p.textContent === 'considering');
      const to = ps.findIndex((p, i) => i > from && p.classList.contains('rd-call'));
      return ps.slice(from + 1, to).filter((p) => p.matches(lines)).map((p) => ({
        del: [...p.querySelectorAll('.rd-label del')].map((e) => e.textContent),
        ins: [...p.querySelectorAll('.rd-label ins')].map((e) => e.textContent),
        label: p.querySelector('.rd-label')?.textContent,
      }));
    }, LINES);
    expect(considering).toHaveLength(8);
    expect(considering[2]).toEqual({ del: [], ins: ['c)'], label: 'c)' });
    expect(considering.slice(3).map((r) => [r.del[0], r.ins[0]])).toEqual([
      ['c)', 'd)'],
      ['d)', 'e)'],
      ['e)', 'f)'],
      ['f)', 'g)'],
      ['g)', 'h)'],
    ]);
    expect(considering.slice(0, 2).every((r) => r.del.length === 0 && r.ins.length === 0)).toBe(true);
    expect(await symbol(page)).toBe('MOD');

    await page.keyboard.press('Control+z');
    expect(await symbol(page)).toBe('NOC');
    expect(await texts(page, 'ins')).toEqual([]);
    expect(await texts(page, 'del')).toEqual([]);
    expect(await page.locator('[data-testid="change-count"]').textContent()).toBe('0 changes');
  });

  it('Tab nests an item into a sub-list i) and Shift-Tab brings it back', async () => {
    const { page } = s;
    await selectInLine(page, 'on empowerment of youth through telecommunications/ICTs');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    const line = page.locator(LINES).filter({ hasText: 'on empowerment of youth' });
    expect(await line.getAttribute('data-depth')).toBe('1');
    expect(await line.locator('.rd-label ins').textContent()).toBe('i)');
    await page.keyboard.press('Shift+Tab');
    expect(await line.getAttribute('data-depth')).toBe('0');
    expect(await symbol(page)).toBe('NOC');
  });

  it('paste of styled HTML lands as plain structured text', async () => {
    const { page } = s;
    await selectInLine(page, 'on empowerment of youth through telecommunications/ICTs', 'youth');
    const html =
      '<html><head><style>p{color:red}</style></head><body><!--StartFragment-->' +
      '<p class="MsoNormal" style="font-family:Arial;color:#ff0000"> <b>young</b> <i style="font-size:20pt">people</i></p>' +
      '<p class="MsoListParagraph" style="margin-left:36pt">f)<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span><span style="background:yellow">Resolution on <u>pasted</u> text;</span></p>' +
      '<!--EndFragment--></body></html>';
    await page.evaluate((h) => {
      const dt = new DataTransfer();
      dt.setData('text/html', h);
      document.querySelector('.rd-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, html);
    const editor = page.locator('.rd-editor');
    expect(await editor.locator('b, i, u, span[style], [style*="color"], [style*="font"]').count()).toBe(0);
    // the first pasted line replaces "youth"; the rest of the old line follows the last pasted line
    // (how the engine marks the split line is its own decision; the property test holds the editor to it)
    const firstAt = (await pageLines(page)).findIndex((l) => l.text.includes('on empowerment of ') && l.text.endsWith('young people'));
    expect(firstAt).toBeGreaterThan(-1);
    const first = page.locator(LINES).nth(firstAt);
    expect((await first.locator('del').allTextContents()).join(' ')).toContain('youth');
    expect((await first.locator('ins').allTextContents()).join(' ')).toContain('young people');
    // the rest of the line after the selection follows the last pasted line
    const pasted = page.locator(LINES).filter({ hasText: 'Resolution on pasted text; through telecommunications/ICTs;' });
    expect(await pasted.count()).toBe(1);
    expect(await pasted.evaluate((p) => p.classList.contains('rd-item'))).toBe(true);
    // the typed label "f)" was not kept as text: the label is computed (and marked as inserted)
    const ownText = (p: Element): string => {
      const c = p.cloneNode(true) as Element;
      c.querySelectorAll('[contenteditable="false"]').forEach((w) => w.remove());
      return c.textContent ?? '';
    };
    expect(await pasted.evaluate(ownText)).toBe(
      'Resolution on pasted text; through telecommunications/ICTs;',
    );
    expect(await pasted.locator('.rd-label ins').textContent()).toBe('f)');
    expect(pageErrors).toEqual([]);
  });
});
