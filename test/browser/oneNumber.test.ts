/**
 * One number everywhere, in Chromium: the editor's change count equals Compare versions' for the
 * same draft; the item the delegate moved with Alt+Shift+↑/↓ is the one marked moved when the engine
 * could mark either; a draft whose number line names another resolution says so, naming both.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './appSession';
import { caretAt, discardProposal, openProposal, pageLines, pageRows } from './editorPage';

const s = useAppSession();

/** The editable line whose own text holds `part`. */
async function lineWith(page: Page, part: string): Promise<number> {
  const index = (await pageLines(page)).findIndex((l) => l.text.includes(part));
  if (index < 0) throw new Error(`no line holds "${part}"`);
  return index;
}

/** The texts of the items the page marks as moved to their new place. */
async function movedTo(page: Page): Promise<string[]> {
  return (await pageRows(page)).filter((r) => r.move !== null && r.status === 'inserted').map((r) => r.ins);
}

describe('the editor, Compare versions and the engine give one number', () => {
  it('one item inserted in Resolution 45 is one change in the editor and in Compare versions (the relabels it causes are not changes)', async () => {
    const { page } = s;
    await openProposal(page, '45');
    const c = await lineWith(page, 'in child online protection');
    await caretAt(page, c, 10_000);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Resolution 999 (Baku, 2025) of this conference, on something new;');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('1 change');
    // the items after it are relabelled (marked), but counted with the insertion
    expect((await pageRows(page)).filter((r) => r.label.length > 2).length).toBeGreaterThan(10);
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-count').waitFor();
    expect(await page.getByTestId('compare-count').textContent()).toMatch(/^1 change \(/);
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await discardProposal(page);
  }, 60_000);

  it('Alt+Shift+↑ on item h) marks h) moved, not g); Alt+Shift+↓ on g) marks g) moved (the same draft: the editor tells the engine which)', async () => {
    const { page } = s;
    await openProposal(page, '45');
    const g = 'on countering and combating spam';
    const h = 'on encouraging the creation of national computer incident response teams';
    await caretAt(page, await lineWith(page, h), 3);
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => movedTo(page)).toEqual([expect.stringContaining(h)]);
    expect(await page.getByTestId('change-count').textContent()).toBe('1 change');
    // typing elsewhere keeps the move the delegate made
    await caretAt(page, 1, 0);
    await page.keyboard.type('The ');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('2 changes');
    expect(await movedTo(page)).toEqual([expect.stringContaining(h)]);
    // back where it was: no move at all
    await page.keyboard.press('Control+z');
    await caretAt(page, await lineWith(page, h), 3);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('0 changes');
    expect(await movedTo(page)).toEqual([]);
    // the other item moved the other way gives the same draft, and it is the one marked
    await caretAt(page, await lineWith(page, g), 3);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => movedTo(page)).toEqual([expect.stringContaining(g)]);
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-count').waitFor();
    expect(await page.getByTestId('compare-count').textContent()).toMatch(/^1 change \(.*1 moved\)$/);
    const moved = await page.locator('[data-testid="compare-inline"] .cmp-moved-to').allTextContents();
    expect(moved).toEqual([expect.stringContaining(g)]);
    await page.getByRole('button', { name: 'Back to the editor' }).click();
  }, 60_000);

  it('a draft whose number line names another resolution of its edition is an error that names both; a renumbering to a free number is none', async () => {
    const { page } = s;
    await openProposal(page, '34');
    const error = page.getByTestId('number-line-mismatch');
    expect(await error.count()).toBe(0);
    await caretAt(page, 0, 'RESOLUTION 34'.length);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('6');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/names Resolution 36, but this proposal revises Resolution 34 \(Rev\. Kigali, 2022\)/);
    expect(await error.getAttribute('role')).toBe('alert');
    // Resolution 35 is none of the edition's: the text renumbered, as the checks and the export read it
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    await error.waitFor({ state: 'detached' });
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4');
    expect(await error.count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  }, 60_000);
});
