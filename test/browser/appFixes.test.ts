import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextConferenceYear } from '../../shared/checks/conferenceCycle';
import { useAppSession } from './appSession';
import { closeTool, openProposal, openTool, selectInLine, waitForJournal } from './editorPage';
import { answerSaveName } from './saveName';

const s = useAppSession();

const status = () => s.page.getByTestId('doc-status');
/** The version recorded by Ctrl+Alt+S makes the document edited: answer the question Open asks. */
async function leaveIfAsked(): Promise<void> {
  const ask = s.page.getByTestId('leave-dialog');
  await ask.waitFor({ timeout: 1500 }).then(
    () => ask.getByRole('button', { name: 'Leave without saving' }).click(),
    () => undefined,
  );
}
const changeCount = async (): Promise<number> => Number(((await s.page.getByTestId('change-count').textContent()) ?? '').split(' ')[0]);

describe('the window keeps its place and asks before losing work', () => {
  it('the Year can be typed digit by digit, and defaults to the next WTDC', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-panel');
    const year = panel.getByLabel('Year');
    expect(await year.inputValue()).toBe(String(nextConferenceYear(2022, new Date())));
    await panel.getByLabel('Place').fill('Baku');
    await year.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2025', { delay: 20 });
    expect(await year.inputValue()).toBe('2025');
    await panel.getByRole('button', { name: 'Done' }).click();
    await openProposal(page, '34');
    await page.getByRole('button', { name: 'Revise for Baku, 2025' }).waitFor();
  });

  it('Settings is a dialog: Done and a reload keep the open proposal', async () => {
    const { page } = s;
    const numberLine = page.locator('[data-testid="editor"] .rd-number-line', { hasText: /RESOLUTION\s34/ });
    await numberLine.waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-panel').getByRole('button', { name: 'Done' }).click();
    expect(await numberLine.count()).toBe(1);
    expect(await page.getByText('Choose a resolution').count()).toBe(0);
    await waitForJournal(page);
    await page.reload();
    await numberLine.waitFor({ timeout: 10_000 });
    expect(await page.getByText('Choose a resolution').count()).toBe(0);
  });

  it('New asks before leaving an edited contribution; Cancel keeps it', async () => {
    const { page } = s;
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' x');
    await status().getByText('edited').waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const ask = page.getByTestId('leave-dialog');
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await status().textContent()).toMatch(/edited/);
    expect(await page.locator('[data-testid="editor"]').count()).toBe(1);
    await page.keyboard.press('Control+z');
  });

  it('Ctrl+S saves, Ctrl+Shift+S saves as, Ctrl+Alt+S records a named version (browser host)', async () => {
    const { page } = s;
    await page.locator('[data-testid="editor"]').click();
    await answerSaveName(page, 'first-name', () => page.keyboard.press('Control+s'));
    await status().getByText(/^first-name/).waitFor();
    expect(await status().textContent()).not.toMatch(/edited/);

    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' y');
    await status().getByText('edited').waitFor({ timeout: 5000 });
    await page.keyboard.press('Control+s');
    await status().getByText(/^first-name\.resdraft$/).waitFor({ timeout: 5000 });

    await answerSaveName(page, 'second-name', () => page.keyboard.press('Control+Shift+s'));
    await status().getByText(/^second-name/).waitFor();

    await page.locator('[data-testid="editor"]').click();
    await page.keyboard.press('Control+Alt+s');
    const named = page.getByTestId('version-dialog');
    await named.getByRole('textbox').fill('sent to the APT meeting');
    await named.getByRole('button', { name: 'Save version' }).click();
    await page.getByTestId('about').getByText(/sent to the APT meeting/).waitFor();
  });

  it('named versions are listed first, the automatic saves apart', async () => {
    const { page } = s;
    await openTool(page, 'Versions');
    await page.getByTestId('versions').waitFor();
    const namedList = page.getByTestId('named-versions');
    await namedList.getByText(/sent to the APT meeting/).waitFor();
    expect(await namedList.getByText(/^Saved/).count()).toBe(0);
    const automatic = page.getByTestId('automatic-versions');
    expect(await automatic.getByText(/Automatic saves \(\d+\)/).count()).toBe(1);
    expect(await automatic.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await closeTool(page);
  });

  it('a failed Open shows an error that a later successful Open clears', async () => {
    const { page } = s;
    writeFileSync(join(s.host.dataDir, 'broken.resdraft'), '{ not json');
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^broken/ }).first().click();
    await leaveIfAsked();
    const error = page.locator('.pane > .error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/broken/);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^first-name/ }).first().click();
    await leaveIfAsked();
    await status().getByText(/^first-name/).waitFor();
    expect(await error.count()).toBe(0);
  });

  it('one inserted item counts as one change (not each relabel), and Next change steps over relabels', async () => {
    const { page } = s;
    await openProposal(page, '45');
    expect(await changeCount()).toBe(0);
    const lines = await page.locator('.rd-editor > p.rd-item:not([contenteditable="false"])').allTextContents();
    const first = lines.find((t) => /^a\)/.test(t))!;
    await selectInLine(page, first.slice(2, 30));
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('that one item is inserted here;');
    await expect.poll(changeCount).toBe(1);
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.getByRole('button', { name: /Next change/ }).click();
    const at = () => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent ?? '');
    expect(await at()).toContain('that one item is inserted here;');
    await page.getByRole('button', { name: /Next change/ }).click();
    expect(await at()).toContain('that one item is inserted here;');
  });

  it('the toolbar and the proposal’s head stay in view while the text scrolls', async () => {
    const { page } = s;
    const before = { toolbar: await page.getByTestId('toolbar').boundingBox(), head: await page.getByTestId('proposal-bar').boundingBox() };
    await page.getByTestId('doc-scroll').evaluate((p) => p.scrollTo(0, p.scrollHeight));
    await expect.poll(() => page.getByTestId('doc-scroll').evaluate((p) => p.scrollTop)).toBeGreaterThan(500);
    expect(await page.getByTestId('toolbar').boundingBox()).toEqual(before.toolbar);
    expect(await page.getByTestId('proposal-bar').boundingBox()).toEqual(before.head);
  });

  it('the print preview keeps a gap between each cover label and its value', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-panel');
    await panel.getByLabel('Priority area').fill('Digital inclusion of persons with disabilities and specific needs');
    await panel.getByLabel('Expected results').fill('Revision of the resolution as proposed');
    await panel.getByLabel('Name', { exact: true }).fill('Jane Delegate');
    await panel.getByLabel('Organization').fill('Ministry of ICT');
    await panel.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByTestId('export-panel').getByRole('button', { name: /Print preview/ }).click();
    const preview = page.getByTestId('print-preview');
    await preview.locator('.rd-field').first().waitFor();
    const overlaps = await preview.locator('.rd-field').evaluateAll((fields) =>
      fields.flatMap((f) => {
        const b = f.querySelector('b');
        if (!b || !b.nextSibling) return [];
        const range = document.createRange();
        range.selectNodeContents(f);
        range.setStartAfter(b);
        const value = [...range.getClientRects()];
        const text = document.createRange();
        text.selectNodeContents(b);
        const label = text.getBoundingClientRect();
        return value.filter((r) => r.width > 0 && r.left < label.right + 2 && r.top < label.bottom - 0.5 && r.bottom > label.top + 0.5).map(() => f.textContent);
      }),
    );
    expect(overlaps).toEqual([]);
    await page.getByRole('button', { name: 'Close preview' }).click();
    expect(s.pageErrors).toEqual([]);
  });
});
