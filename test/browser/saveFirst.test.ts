/**
 * Leaving an edited, never-saved contribution (New, Open…) and choosing "Save first": the name is
 * asked, the file is saved, and what the delegate asked for then happens, in one go (it used to
 * stop after the save and wait for a second click on New). The Discard proposal question is the
 * window's own dialog, and Cancel keeps the proposal.
 */
import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { openProposal, openTool, selectInLine } from './editorPage';
import { answerSaveName } from './saveName';

const s = useAppSession();
const status = () => s.page.getByTestId('doc-status');

describe('save first, then leave', () => {
  it('New on an edited Untitled contribution: Save first asks the name, saves, then starts the new contribution', async () => {
    const { page } = s;
    await openProposal(page, '34');
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.type(' x');
    await status().getByText('edited').waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const ask = page.getByTestId('leave-dialog');
    await ask.waitFor();
    await answerSaveName(page, 'kept-before-new', () => ask.getByRole('button', { name: 'Save first' }).click());
    // the new contribution: untitled, nothing edited, no proposal open
    await expect.poll(async () => status().textContent(), { timeout: 10_000 }).toMatch(/^Untitled(?!\s*•)/);
    expect(await page.locator('[data-testid="editor"]').count()).toBe(0);
    // and the first one was saved under its name
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByText('kept-before-new.resdraft').first().waitFor();
  });
});

describe('discarding a proposal', () => {
  it('asks in the window; Cancel keeps the proposal, Discard removes it', async () => {
    const { page } = s;
    await page.keyboard.press('Escape');
    await openProposal(page, '17');
    await (await openTool(page, 'Proposal')).getByRole('button', { name: 'Discard proposal' }).click();
    const ask = page.getByTestId('discard-dialog');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Resolution 17');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('[data-testid="editor"]').count()).toBe(1);
    await page.getByTestId('side-pane').getByRole('button', { name: 'Discard proposal' }).click();
    await ask.getByRole('button', { name: 'Discard the proposal', exact: true }).click();
    await page.getByRole('button', { name: 'Start a proposal' }).waitFor();
    expect(await page.locator('[data-number="17"]').textContent()).not.toMatch(/MOD|NOC/);
  });
});
