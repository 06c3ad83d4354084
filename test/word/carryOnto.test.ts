/**
 * "Carry onto Baku (2025)…" in the app (issue 23, point 2): a proposal drafted on the Kigali text
 * of Resolution 34, with the Baku edition imported, is carried onto it by the engine's rebase. The
 * delegate's independent change stays a change against the new text, the edition's own changes
 * are not shown as the delegate's, and where both changed the same words the delegate's wording
 * stays and the conflict is listed with the three texts, in the side pane and in the checks; it
 * survives a save and reopen, Take the edition's resolves it, and Undo brings the proposal back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContributionText } from '../../shared/contribution/parseContribution';
import { closeTool, openProposal, openTool, pageLines, selectInLine, texts } from '../browser/editorPage';
import { answerSaveName } from '../browser/saveName';
import { identifiersOnScreen } from '../browser/wording';
import { useBakuSession } from './bakuSession';

const baku = useBakuSession();
const pageErrors = baku.pageErrors;
const dataDir = baku.dataDir;

const KIGALI_A = 'that there is a growing general awareness at the global level';
const BAKU_A = 'that there is a broad awareness at the global level';
const MINE_A = 'that there is a widely shared general awareness at the global level';

async function draftOnKigali(): Promise<void> {
  const { page } = baku.session;
  await openProposal(page, '34');
  await selectInLine(page, KIGALI_A, 'growing');
  await page.keyboard.type('widely shared');
  await selectInLine(page, 'that the number of natural and man-made disasters', 'natural');
  await page.keyboard.type('natural, technological');
  await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('2 changes');
}

async function carry(): Promise<void> {
  const { page } = baku.session;
  await page.getByRole('button', { name: 'Carry onto Baku (2025)…' }).click();
  const ask = page.getByTestId('carry-dialog');
  expect(await ask.textContent()).toMatch(/drafted on the Kigali \(2022\) text/);
  await ask.getByRole('button', { name: 'Carry onto Baku (2025)', exact: true }).click();
  await ask.waitFor({ state: 'detached' });
}

describe('carrying a proposal onto a newer edition', () => {
  it('keeps the delegate’s changes, lists the conflict with the three texts, and Undo brings the proposal back', async () => {
    const { page } = baku.session;
    await draftOnKigali();
    await carry();
    const pane = page.getByTestId('side-pane');
    await expect.poll(() => pane.getAttribute('data-tool')).toBe('conflicts');
    const card = pane.getByTestId('carried-conflict');
    expect(await card.count()).toBe(1);
    expect(await card.locator('h3').textContent()).toBe('recognizing a)');
    // each side marked against the old text: what the edition changed, what the delegate changed
    expect(await card.locator('dt').allTextContents()).toEqual(['Baku (2025), against Kigali (2022)', 'Yours, against Kigali (2022)']);
    const edition = card.locator('dd[data-side="edition"]');
    const mine = card.locator('dd[data-side="delegate"]');
    expect((await edition.locator('del').allTextContents()).join(' ')).toContain('growing general');
    expect((await edition.locator('ins').allTextContents()).join(' ')).toContain('broad');
    expect((await mine.locator('del').allTextContents()).join(' ')).toContain('growing');
    expect((await mine.locator('ins').allTextContents()).join(' ')).toContain('widely shared');
    const plain = async (dd: typeof edition): Promise<string> => dd.evaluate((el) => { const c = el.cloneNode(true) as Element; c.querySelectorAll('del').forEach((d) => d.remove()); return c.textContent ?? ''; });
    expect(await plain(edition)).toContain(BAKU_A);
    expect(await plain(mine)).toContain(MINE_A);
    // the draft stands on the Baku text: its number line is Baku's own, not a change of the delegate's
    expect((await pageLines(page))[0].text).toBe('RESOLUTION 34 (Rev. Baku, 2025)');
    expect(await page.locator('.rd-editor .rd-number-line ins, .rd-editor .rd-number-line del').count()).toBe(0);
    expect((await texts(page, 'ins')).join(' ')).toContain('technological');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('2 changes');
    expect(await page.getByTestId('proposal-list').locator('.chip', { hasText: '1 conflict' }).count()).toBe(1);
    await page.getByTestId('about').getByText(/Before Resolution 34 was carried onto Baku \(2025\)/).waitFor();
    expect(await identifiersOnScreen(page)).toEqual([]);

    await pane.getByRole('button', { name: 'Undo carrying onto Baku (2025)' }).click();
    await expect.poll(async () => (await pageLines(page))[0]?.text).toBe('RESOLUTION 34 (Rev. Kigali, 2022)');
    expect((await pageLines(page)).some((l) => l.text.startsWith(MINE_A))).toBe(true);
    await page.getByRole('button', { name: 'Carry onto Baku (2025)…' }).waitFor();
    expect(await page.getByTestId('proposal-list').locator('.chip').count()).toBe(0);
  }, 90_000);

  it('keeps the conflict through save and reopen and in the checks; Take the edition’s resolves it', async () => {
    const { page } = baku.session;
    await carry();
    const checks = await openTool(page, 'Checks');
    await expect.poll(() => checks.locator('[data-code="carried-conflicts"]').textContent()).toMatch(/One place where the newer edition changed the words this proposal changes is still to decide/);
    await closeTool(page);
    await answerSaveName(page, 'carried', () => page.getByRole('button', { name: 'Save', exact: true }).click());
    await page.getByTestId('doc-status').getByText(/^carried\.resdraft$/).waitFor();
    const file = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).find((f) => /(^|\/)carried\.resdraft$/.test(f))!;
    const saved = parseContributionText(readFileSync(join(dataDir, file), 'utf8')).proposals[0];
    expect(saved.baseline).toEqual({ edition: 'baku-2025', number: '34' });
    expect(saved.carried?.from).toEqual({ edition: 'kigali-2022', number: '34' });
    expect(saved.carried?.conflicts).toMatchObject([{ kind: 'item', label: 'a)', call: 'recognizing', old: expect.stringContaining(KIGALI_A), edition: expect.stringContaining(BAKU_A), delegate: expect.stringContaining(MINE_A) }]);

    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByTestId('doc-status').getByText(/^Untitled/).waitFor();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^carried/ }).first().click();
    await page.getByTestId('doc-status').getByText(/^carried\.resdraft$/).waitFor();
    await page.getByTestId('proposal-list').locator('button').first().click();
    const pane = page.getByTestId('side-pane');
    await expect.poll(() => pane.getAttribute('data-tool')).toBe('conflicts');
    const card = pane.getByTestId('carried-conflict');
    await card.getByRole('button', { name: 'Take the edition’s: recognizing a)' }).click();
    expect(await card.count()).toBe(0);
    expect(await pane.getByTestId('carried-status').textContent()).toBe('No conflict is left to decide.');
    expect((await pageLines(page)).some((l) => l.text.startsWith(BAKU_A))).toBe(true);
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('1 change');
    expect(await page.getByTestId('proposal-list').locator('.chip').count()).toBe(0);
    const after = await openTool(page, 'Checks');
    await after.getByTestId('checks-summary').waitFor();
    await expect.poll(() => after.locator('[data-code="carried-conflicts"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
