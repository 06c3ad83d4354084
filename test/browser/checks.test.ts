import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { closeTool, openProposal, selectInLine } from './editorPage';

const s = useAppSession();

describe('checks before sending, in the app', () => {
  it('lists an item without end punctuation and the missing reasons; each goes to its place', async () => {
    const { page } = s;
    await openProposal(page, '34');
    await selectInLine(page, 'that the number of natural and man-made disasters');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace'); // the item's ";"
    await page.keyboard.press('Control+Shift+K');
    const panel = page.getByTestId('checks-panel');
    await panel.getByTestId('finding-list').waitFor();
    const punctuation = panel.locator('[data-code="end-punctuation"]');
    await expect.poll(() => punctuation.count()).toBe(1);
    expect(await punctuation.textContent()).toMatch(/Resolution 34 › recognizing › b\).*no end punctuation/);
    expect(await panel.locator('[data-code="missing-reasons"]').count()).toBe(1);

    await punctuation.getByRole('button').click();
    // the checks stay beside the text, and check again when the delegate pauses
    expect(await panel.count()).toBe(1);
    await page.waitForFunction(() => ((document.querySelector('.ProseMirror') as unknown as { editor?: import('@tiptap/react').Editor } | null)?.editor?.state.selection.$from.parent.textContent ?? '').includes('man-made disasters'));
    // the caret lands first, then the editor takes the focus (once the line is scrolled to)
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="editor"]') !== null)).toBe(true);
    await page.keyboard.type(';');
    await expect.poll(() => panel.locator('[data-code="end-punctuation"]').count()).toBe(0);

    await panel.locator('[data-code="missing-reasons"]').getByRole('button').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reasons');
    await page.keyboard.type('To cover new early-warning systems.');
    await expect.poll(() => panel.locator('[data-severity="error"]').count()).toBe(0);
    await closeTool(page);
    expect(await panel.count()).toBe(0);
  });

  it('Export shows the findings and lets the delegate go on or fix', async () => {
    const { page } = s;
    await openProposal(page, '45');
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' x');
    await page.getByRole('button', { name: 'Export…' }).click();
    const panel = page.getByTestId('export-panel');
    const checks = panel.getByTestId('export-checks');
    await checks.waitFor();
    await expect.poll(() => checks.textContent()).toMatch(/Resolution 45 *The MOD proposal has no reasons/);
    // go on: export as it is
    await panel.getByTestId('export-name').fill('as-it-is');
    await panel.getByRole('button', { name: 'Word (.docx) with revision marks' }).click();
    await panel.getByTestId('export-result').waitFor();
    // or fix: the checks panel opens
    await checks.getByRole('button', { name: 'Fix: show the checks' }).click();
    await page.getByTestId('checks-panel').waitFor();
    await page.keyboard.press('Escape');
    expect(s.pageErrors).toEqual([]);
  });
});
