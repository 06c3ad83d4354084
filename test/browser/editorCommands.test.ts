/**
 * The editor's commands in Chromium, through the keyboard and the clipboard as a delegate uses
 * them: deleting empty lines, moving items (Alt+Shift+↑/↓), cut and paste of whole items, leaving
 * the editor with Esc then Tab, the engine's symbol, and marks a screen reader announces.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './appSession';
import { LINES, caretAt, openProposal, pageLines, pageStats, selectInLine, selectLine, symbol } from './editorPage';

const s = useAppSession();

async function lineTexts(page: Page): Promise<string[]> {
  return (await pageLines(page)).map((l) => l.text);
}

/** Labels and texts of the items between two lines of the draft (by their text). */
async function labelled(page: Page, from: string, to: string): Promise<string[]> {
  return page.evaluate(
    ({ lines, from, to }) => {
      const ps = [...document.querySelectorAll(lines)];
      const own = (p: Element): string => {
        const c = p.cloneNode(true) as Element;
        c.querySelectorAll('[contenteditable="false"]').forEach((w) => w.remove());
        return c.textContent ?? '';
      };
      const a = ps.findIndex((p) => own(p).startsWith(from));
      const b = ps.findIndex((p, i) => i > a && own(p).startsWith(to));
      return ps.slice(a, b + 1).map((p) => {
        const label = p.querySelector('.rd-label');
        const shown = label?.querySelector('ins')?.textContent ?? label?.textContent ?? '';
        return `${shown} ${own(p).slice(0, 24)}`;
      });
    },
    { lines: LINES, from, to },
  );
}

describe('deleting empty lines', () => {
  it('Backspace, and then Delete, delete an empty paragraph; the draft is NOC again', async () => {
    const { page } = s;
    await openProposal(page, '18');
    const before = await lineTexts(page);
    // an empty paragraph: Enter at the end of a paragraph
    await selectInLine(page, 'the long-term technical assistance from BDT to Palestine');
    await page.keyboard.press('Enter');
    expect((await lineTexts(page)).length).toBe(before.length + 1);
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(1);
    await page.keyboard.press('Backspace');
    expect(await lineTexts(page)).toEqual(before);
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(0);
    expect(await symbol(page)).toBe('NOC');
    // again, and this time Delete
    await page.keyboard.press('Enter');
    expect((await lineTexts(page)).length).toBe(before.length + 1);
    await page.keyboard.press('Delete');
    expect(await lineTexts(page)).toEqual(before);
    expect(await symbol(page)).toBe('NOC');
    // typing goes on at the start of the line after the deleted one
    await page.keyboard.type('Z');
    const after = await lineTexts(page);
    const i = before.findIndex((t) => t.startsWith('the long-term technical assistance from BDT'));
    expect(after[i + 1]).toBe(`Z${before[i + 1]}`);
    await page.keyboard.press('Backspace');
    expect(await symbol(page)).toBe('NOC');
  });

  it('Backspace deletes an empty paragraph under a call (Enter at the end of a call line makes one)', async () => {
    const { page } = s;
    const before = await lineTexts(page);
    await selectInLine(page, 'mindful');
    await page.keyboard.press('Enter');
    expect((await lineTexts(page)).length).toBe(before.length + 1);
    await page.keyboard.press('Backspace');
    expect(await lineTexts(page)).toEqual(before);
    expect(await symbol(page)).toBe('NOC');
  });
});

describe('deleting empty lines next to other kinds of lines', () => {
  it('Delete in an empty item at the end of a list deletes the item, not the call after it', async () => {
    const { page } = s;
    await openProposal(page, '5');
    const before = await pageLines(page);
    await selectInLine(page, 'Resolutions 54 and 74 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly');
    await page.keyboard.press('Enter');
    expect((await pageLines(page)).length).toBe(before.length + 1);
    await page.keyboard.press('Delete');
    expect(await pageLines(page)).toEqual(before);
    expect(await symbol(page)).toBe('NOC');
  });

  it('Delete in an empty call deletes the call line; its items join the list before', async () => {
    const { page } = s;
    const before = await pageLines(page);
    await selectInLine(page, 'convinced', 'convinced');
    await page.keyboard.press('Backspace');
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(1);
    await page.keyboard.press('Delete');
    const after = await pageLines(page);
    expect(after).toEqual(before.filter((l) => !(l.type === 'call' && l.text === 'convinced')));
    expect(after.find((l) => l.text.startsWith('of the need to enhance the effective participation'))?.type).toBe('item');
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await pageLines(page)).toEqual(before);
  });
});

describe('deleting the only line of a call', () => {
  it('Backspace in the emptied only paragraph of "noting" deletes it with its call (a call cannot stand alone); undo brings both back', async () => {
    const { page } = s;
    await openProposal(page, '18');
    const before = await pageLines(page);
    const noting = before.findIndex((l) => l.type === 'call' && l.text === 'noting');
    await selectLine(page, noting + 1);
    await page.keyboard.press('Backspace');
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(1);
    await page.keyboard.press('Backspace');
    expect(await pageLines(page)).toEqual([...before.slice(0, noting), ...before.slice(noting + 2)]);
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(0);
    expect(await symbol(page)).toBe('MOD');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await pageLines(page)).toEqual(before);
    expect(await symbol(page)).toBe('NOC');
  });
});

describe('moving items (Alt+Shift+↑/↓)', () => {
  it('moves item 11 of Resolution 30 with its sub-items i) … iii) above item 10 and back; labels renumber', async () => {
    const { page } = s;
    await openProposal(page, '30');
    await selectInLine(page, 'to propose at the forthcoming plenipotentiary conference appropriate mechanisms');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect(await labelled(page, 'to pursue its activities in the field of statistical', 'to develop and implement the ITU')).toEqual([
      '9 to pursue its activities',
      '10 to propose at the forthc',
      'i) WSIS Action Lines C2, C4',
      'ii) WSIS Action Lines C1, C3',
      'iii) relevant SDGs and target',
      '11 to develop and implement',
    ]);
    expect(await symbol(page)).toBe('MOD');
    expect(await page.locator('.rd-editor > p.rd-move-to').count()).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await symbol(page)).toBe('NOC');
    expect(await page.locator('.rd-editor > p.rd-move-to').count()).toBe(0);
  });

  it('an item moved up past two others is the one marked moved (not the two it passed)', async () => {
    const { page } = s;
    await selectInLine(page, 'to continue to assist developing countries in advancing their legal and regulatory');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    const movedTo = await page.locator('.rd-editor > p.rd-move-to').allTextContents();
    const movedFrom = await page.locator('.rd-editor > p.rd-move-from').allTextContents();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await symbol(page)).toBe('NOC');
    expect(movedTo).toHaveLength(1);
    expect(movedTo[0]).toContain('to continue to assist developing countries in advancing their legal');
    expect(movedFrom).toHaveLength(1);
    expect(movedFrom[0]).toContain('to continue to assist developing countries in advancing their legal');
  });

  it('moves the first item of a call into the end of the previous call and back (a move across calls counts one move)', async () => {
    const { page } = s;
    await openProposal(page, '5');
    const before = await pageLines(page);
    await selectInLine(page, 'the multifarious difficulties encountered by the developing countries');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    const after = await pageLines(page);
    const recognizing = after.findIndex((l) => l.type === 'call' && l.text === 'recognizing');
    expect(after[recognizing - 1].text).toMatch(/^the multifarious difficulties/);
    expect(after[recognizing - 1].type).toBe('item');
    expect(after.map((l) => l.text).sort()).toEqual(before.map((l) => l.text).sort());
    // the moved item is labelled h) at the end of "considering"
    const label = await page.locator(LINES).nth(recognizing - 1).locator('.rd-label').textContent();
    expect(label).toContain('h)');
    const stats = await pageStats(page);
    const movedTo = await page.locator('.rd-editor > p.rd-move-to').allTextContents();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await pageLines(page)).toEqual(before);
    expect(await symbol(page)).toBe('NOC');
    // the engine sees the item moved (not the call line "recognizing" deleted and inserted)
    expect(stats.movedItems).toBe(1);
    expect(movedTo[0]).toContain('the multifarious difficulties');
  });

  it('moves in two calls carry two different move ids', async () => {
    const { page } = s;
    await selectInLine(page, '(Rev. Dubai, 2018) of the Plenipotentiary Conference, on special measures');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await selectInLine(page, 'to encourage virtual meetings and physical meetings with remote participation');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const ids = await page.locator('.rd-editor > p.rd-move-to').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-move')));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect((await pageStats(page)).movedItems).toBe(2);
    for (let k = 0; k < 4; k++) await page.keyboard.press('Control+z');
    expect(await symbol(page)).toBe('NOC');
  });
});

describe('cut and paste of whole items', () => {
  it('cut of a whole item removes the line (no empty item); paste at the start of another item puts it there as a moved item', async () => {
    const { page } = s;
    await openProposal(page, '48');
    const before = await pageLines(page);
    const first = before.find((l) => l.type === 'item')!;
    const target = before.filter((l) => l.type === 'item' && l.text.split(' ').length > 3).at(-1)!;
    await selectInLine(page, first.text.slice(0, 40), first.text);
    await page.keyboard.press('Control+x');
    const cut = await pageLines(page);
    expect(cut).toHaveLength(before.length - 1);
    expect(cut.some((l) => l.text === first.text)).toBe(false);
    expect(await page.locator('.rd-editor .rd-layout-warning').count()).toBe(0);
    await caretAt(page, cut.findIndex((l) => l.text === target.text), 0);
    await page.keyboard.press('Control+v');
    const pasted = await pageLines(page);
    expect(pasted).toHaveLength(before.length);
    const at = pasted.findIndex((l) => l.text === first.text);
    expect(pasted[at + 1].text).toBe(target.text);
    expect(pasted[at].type).toBe('item');
    expect(await page.locator('.rd-editor > p.rd-move-to').first().textContent()).toContain(first.text.slice(0, 40));
    expect((await pageStats(page)).movedItems).toBe(1);
  });
});

describe('keyboard: Esc then Tab leaves the editor', () => {
  it('Tab nests the item; after Esc, Tab moves the focus out of the editor and nests nothing', async () => {
    const { page } = s;
    await openProposal(page, '17');
    await selectInLine(page, 'project execution and project monitoring functions in ITU');
    await page.keyboard.press('Home');
    const line = page.locator(LINES).filter({ hasText: 'project execution and project monitoring functions in ITU' });
    const depth = await line.getAttribute('data-depth');
    await page.keyboard.press('Tab');
    expect(await line.getAttribute('data-depth')).toBe(String(Number(depth) + 1));
    expect(await page.evaluate(() => !!document.activeElement?.closest('.rd-editor'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await line.getAttribute('data-depth')).toBe(depth);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.rd-editor'))).toBe(false);
    expect(await line.getAttribute('data-depth')).toBe(depth);
    expect(await symbol(page)).toBe('NOC');
    // and back: Shift+Tab after Esc leaves backwards
    await page.locator('.rd-editor').focus();
    await selectInLine(page, 'project execution and project monitoring functions in ITU');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.rd-editor'))).toBe(false);
    expect(await line.getAttribute('data-depth')).toBe(depth);
  });
});

describe('the engine decides the symbol', () => {
  it('Resolution 34 with its number line changed to DRAFT NEW RESOLUTION [X-1] shows ADD', async () => {
    const { page } = s;
    await openProposal(page, '34');
    await selectInLine(page, 'RESOLUTION 34 (Rev. Kigali, 2022)', 'RESOLUTION 34 (Rev. Kigali, 2022)');
    await page.keyboard.type('DRAFT NEW RESOLUTION [X-1]');
    expect(await symbol(page)).toBe('ADD');
    await page.keyboard.press('Control+z');
    expect(await symbol(page)).toBe('NOC');
  });
});

describe('revision marks for a screen reader', () => {
  it('announces an insertion and a deletion (not colour or line style alone)', async () => {
    const { page } = s;
    await openProposal(page, '36');
    const line = (await pageLines(page)).find((l) => l.type === 'item' && l.text.split(' ').length > 6)!;
    const word = line.text.split(' ')[2];
    await selectInLine(page, line.text.slice(0, 30), word);
    await page.keyboard.type('enhanced');
    // Chromium's accessibility tree (what a screen reader reads), not the DOM text
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string }; ignored?: boolean }[] };
    const spoken = nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? '')).join('|');
    expect(spoken).toMatch(new RegExp(`\\|deleted:\\|(deleted:\\|)?${word}\\|inserted:\\|(inserted:\\|)?enhanced\\|`));
    // the generated text is not part of the draft
    expect((await pageLines(page)).some((l) => /inserted:|deleted:/.test(l.text))).toBe(false);
    await cdp.detach();
    await page.keyboard.press('Control+z');
  });
});
