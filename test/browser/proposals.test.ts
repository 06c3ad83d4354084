import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from './harness';
import { useAppSession } from './appSession';
import { cutAndPasteLine, LINES, openProposal, pageLines, selectInLine, symbol, texts, waitForJournal } from './editorPage';

const s = useAppSession();

const labelsOf = (page: BrowserSession['page']) =>
  page.locator(LINES).evaluateAll((ps) => ps.map((p) => p.querySelector('.rd-label')?.textContent ?? ''));

describe('proposals and their commands', () => {
  it('Backspace at the start of an item joins it to the previous one and relabels what follows', async () => {
    const { page } = s;
    await openProposal(page, '45');
    const before = await page.locator(LINES).count();
    const lines = await page.locator(LINES).allTextContents();
    const target = lines.findIndex((t, i) => i > 4 && /^b\)/.test(t));
    const second = lines[target].slice(2, 40);
    await selectInLine(page, second, second.split(' ')[0]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    expect(await page.locator(LINES).count()).toBe(before - 1);
    const joined = (await page.locator(LINES).allTextContents())[target - 1];
    expect(joined).toContain(second);
    expect(await symbol(page)).toBe('MOD');
    await page.keyboard.press('Control+z');
    expect(await symbol(page)).toBe('NOC');
    expect(await page.locator(LINES).count()).toBe(before);
  });

  it('select-all and delete cannot break the structure; undo brings the text back', async () => {
    const { page } = s;
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('x');
    const classes = await page.locator(LINES).evaluateAll((ps) => ps.map((p) => p.className.split(' ')[0]));
    expect(classes.slice(0, 4)).toEqual(['rd-number-line', 'rd-title', 'rd-conference-line', 'rd-call']);
    expect(classes.length).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await symbol(page)).toBe('NOC');
    expect(await texts(page, 'del')).toEqual([]);
  });

  it('inserts a standard call with a first item, and a footnote numbered in order of reference', async () => {
    const { page } = s;
    await openProposal(page, '18');
    const footnotesBefore = await page.locator('.rd-editor > p.rd-footnote').count();
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.getByLabel('Call phrase', { exact: true }).selectOption('invites Member States');
    await page.getByRole('button', { name: 'Insert call' }).click();
    await page.keyboard.type('to take part;');
    const call = page.locator(LINES).filter({ hasText: /^invites Member States$/ });
    expect(await call.count()).toBe(1);
    expect(await call.evaluate((p) => p.classList.contains('rd-call') && p.classList.contains('rd-row-inserted'))).toBe(true);
    const item = page.locator(LINES).filter({ hasText: 'to take part;' });
    expect(await item.locator('.rd-label').textContent()).toBe('1');
    expect(await item.locator('ins').allTextContents()).toEqual(['1', 'to take part;']);

    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Footnote' }).click();
    await page.keyboard.type('A new note.');
    const bodies = page.locator('.rd-editor > p.rd-footnote:not([contenteditable="false"])');
    expect(await bodies.count()).toBe(footnotesBefore + 1);
    // the reference comes before every existing one, so it is [^1] and the others shift
    const numbers = await bodies.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-footnote'), p.textContent]));
    expect(numbers[0]).toEqual(['1', 'A new note.']);
    expect(await item.locator('sup.fn-ref').textContent()).toBe('1');
    expect(await symbol(page)).toBe('MOD');
  });

  it('next/previous change walks the changes and the count follows the edits', async () => {
    // the line the caret is in (the caret may stand in the line itself, before a footnote reference at its start)
    const caretLine = (page: Page): Promise<string | undefined> =>
      page.evaluate(() => {
        const n = window.getSelection()?.anchorNode;
        return (n?.nodeType === Node.ELEMENT_NODE ? (n as Element) : n?.parentElement)?.closest('p')?.textContent ?? undefined;
      });
    const { page } = s;
    const count = await page.locator('[data-testid="change-count"]').textContent();
    expect(Number(count?.split(' ')[0])).toBeGreaterThanOrEqual(3);
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.getByRole('button', { name: 'Next change' }).click();
    const at = await caretLine(page);
    expect(at).toContain('invites Member States');
    await page.getByRole('button', { name: 'Next change' }).click();
    const at2 = await caretLine(page);
    expect(at2).toContain('to take part;');
    await page.getByRole('button', { name: 'Previous change' }).click();
    const back = await caretLine(page);
    expect(back).toContain('invites Member States');
  });

  it('clean and adopted views', async () => {
    const { page } = s;
    await page.getByLabel('Clean draft').check();
    expect(await texts(page, 'ins')).toEqual([]);
    expect(await page.locator(LINES).filter({ hasText: /^invites Member States$/ }).count()).toBe(1);
    await page.getByLabel('Adopted text').check();
    const adopted = page.locator('[data-testid="resolution-view"]');
    expect(await adopted.isVisible()).toBe(true);
    expect(await adopted.getByText('invites Member States', { exact: true }).count()).toBe(0);
    await page.getByLabel('Marked').check();
    expect((await texts(page, 'ins')).length).toBeGreaterThan(0);
  });

  it('an item moved to another place is marked as a move on both sides', async () => {
    const { page } = s;
    await openProposal(page, '48');
    // cut the first item of a list and put it after the last one (a drag or cut-and-paste)
    const lines = await pageLines(page);
    const first = lines.findIndex((l) => l.type === 'item');
    const last = lines.findIndex((l, i) => i > first + 1 && l.type === 'item' && lines[i + 1]?.type !== 'item' && l.text.split(' ').length > 3);
    const moved = await cutAndPasteLine(page, first, last);
    const from = page.locator('.rd-editor > p.rd-move-from');
    const to = page.locator('.rd-editor > p.rd-move-to');
    expect(await from.count()).toBe(1);
    expect(await to.count()).toBe(1);
    expect(await from.locator('del').last().textContent()).toBe(moved);
    expect(await to.getAttribute('data-move')).toBe(await from.getAttribute('data-move'));
    await page.locator('.rd-editor').focus();
    await page.keyboard.press('Control+z'); // the paste
    await page.keyboard.press('Control+z'); // the cut
    expect(await symbol(page)).toBe('NOC');
  });

  it('an item moved to another call is marked as a move (whole-resolution compare)', async () => {
    const { page } = s;
    await openProposal(page, '5');
    const lines = await pageLines(page);
    const first = lines.findIndex((l) => l.type === 'item');
    const calls = lines.map((l, i) => (l.type === 'call' ? i : -1)).filter((i) => i >= 0);
    const moved = await cutAndPasteLine(page, first, calls[2] - 1); // to the end of the second call's list
    const from = page.locator('.rd-editor > p.rd-move-from');
    const to = page.locator('.rd-editor > p.rd-move-to');
    await to.waitFor({ timeout: 3000 });
    expect(await from.count()).toBe(1);
    expect(await to.count()).toBe(1);
    expect(await to.evaluate((p) => p.textContent)).toContain(moved.slice(0, 40));
    expect(await to.getAttribute('data-move')).toBe(await from.getAttribute('data-move'));
    await page.locator('.rd-editor').focus();
    await page.keyboard.press('Control+z'); // the paste
    await page.keyboard.press('Control+z'); // the cut
    expect(await symbol(page)).toBe('NOC');
  });

  it('marks a resolution suppressed (SUP) with reasons', async () => {
    const { page } = s;
    await page.locator('[data-number="36"]').click();
    await page.getByRole('button', { name: 'Propose suppression (SUP)' }).click();
    expect(await symbol(page)).toBe('SUP');
    // typed key by key: the field must keep every character (it is not reset by autosave)
    await page.getByTestId('reasons').click();
    await page.keyboard.type('The programme is complete.');
    expect(await page.getByTestId('reasons').inputValue()).toBe('The programme is complete.');
    expect(await page.locator('.suppressed .rd-number-line').textContent()).toMatch(/^RESOLUTION\s36 /);
    expect(await page.locator('[data-number="36"] .symbol-badge').textContent()).toBe('SUP');
  });

  it('starts a draft new resolution (ADD) from a skeleton, without revision marks', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'New draft resolution (ADD)' }).click();
    await page.locator('[data-testid="editor"]').waitFor();
    expect(await symbol(page)).toBe('ADD');
    const lines = await page.locator(LINES).allTextContents();
    expect(lines[0]).toMatch(/^DRAFT NEW RESOLUTION \[/);
    expect(lines[3]).toBe('considering');
    expect(await labelsOf(page)).toEqual(['', '', '', '', 'a)', 'b)', '', '1', '2']);
    await selectInLine(page, 'Title of the draft new resolution', 'Title of the draft new resolution');
    await page.keyboard.type('Digital inclusion of rural communities');
    expect(await texts(page, 'ins')).toEqual([]);
    expect(await symbol(page)).toBe('ADD');
  });

  it('autosaves through the host: after a reload the proposals come back', async () => {
    const { page } = s;
    await openProposal(page, '17');
    await selectInLine(page, 'specified in the Kigali Action Plan', 'Kigali');
    await page.keyboard.type('Baku');
    // a draft in progress: an empty new item (the strict layout has no empty items)
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const linesBefore = await page.locator(LINES).count();
    await page.getByTestId('doc-status').getByText('edited').waitFor({ timeout: 5000 });
    await waitForJournal(page);
    await page.reload();
    // the symbol of a saved proposal is derived from its draft before it is opened
    await page.locator('[data-number="17"] .symbol-badge', { hasText: 'MOD' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-number="36"] .symbol-badge').textContent()).toBe('SUP');
    await page.locator('[data-number="17"]').click();
    await page.locator('[data-testid="editor"]').waitFor();
    const line = page.locator(LINES).filter({ hasText: 'regional initiatives which are specified in the' });
    expect(await line.locator('del').allTextContents()).toEqual(['Kigali']);
    expect(await line.locator('ins').allTextContents()).toEqual(['Baku']);
    expect(await page.locator(LINES).count()).toBe(linesBefore);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.locator('[data-number="36"]').click();
    expect(await page.getByTestId('reasons').inputValue()).toBe('The programme is complete.');
    expect(await page.locator('.sidebar').getByText('Digital inclusion of rural communities').count()).toBe(1);
    expect([...s.pageErrors, ...s.cspRefusals]).toEqual([]);
  });
});
