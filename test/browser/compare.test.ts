import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';
import { useAppSession } from './appSession';
import { LINES, openProposal, openTool, selectInLine } from './editorPage';

const s = useAppSession();
const pageErrors = s.pageErrors;

async function typeAfter(page: Page, lineText: string, word: string, typed: string): Promise<void> {
  await selectInLine(page, lineText, word);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(typed);
}

async function openCompare(page: Page): Promise<void> {
  await page.locator('[data-testid="open-compare"]').click();
  await page.locator('[data-testid="compare-view"]').waitFor();
}

async function backToEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await page.locator('[data-testid="editor"]').waitFor();
}

async function saveVersion(page: Page, name: string): Promise<void> {
  await openTool(page, 'Versions');
  const before = await page.locator('[data-testid="versions"] li').count();
  await page.getByLabel('Version name').fill(name);
  await page.getByRole('button', { name: 'Save version' }).click();
  await page.locator('[data-testid="versions"] li').nth(before).waitFor();
}

async function pick(page: Page, side: 'left' | 'right', label: RegExp | string): Promise<void> {
  const select = page.locator(`[data-testid="compare-${side}"]`);
  const find = (): Promise<string | null> =>
    select.locator('option').evaluateAll(
      (opts, l) => (opts as HTMLOptionElement[]).find((o) => (l.regex ? new RegExp(l.source).test(o.text) : o.text === l.source))?.value ?? null,
      typeof label === 'string' ? { regex: false, source: label } : { regex: true, source: label.source },
    );
  // the versions are listed once the host has answered: wait for the option, not for a time
  await expect.poll(find, { message: `no ${side} option ${String(label)}` }).not.toBeNull();
  await select.selectOption((await find())!);
}

const trimmed = async (l: { allTextContents(): Promise<string[]> }) => (await l.allTextContents()).map((t) => t.trim());
const body = (page: Page) => page.locator('[data-testid="compare-inline"], [data-testid="compare-side"]');

describe('version history and the compare view', () => {
  it('shows exactly the edits made since a saved version, inline and side by side', async () => {
    const { page } = s;
    await openProposal(page, '5');
    await typeAfter(page, 'the multifarious difficulties encountered', 'multifarious', ' and persistent');
    await openCompare(page);
    await saveVersion(page, 'sent to the regional preparatory meeting');
    await backToEditor(page);
    await typeAfter(page, 'of the integrating role the ITU regional', 'integrating', ' and coordinating');
    await openCompare(page);

    await pick(page, 'left', /^Version: sent to the regional preparatory meeting/);
    await pick(page, 'right', 'Current draft');
    await body(page).locator('ins').first().waitFor();
    expect(await trimmed(body(page).locator('ins'))).toEqual(['and coordinating']);
    expect(await body(page).locator('del').allTextContents()).toEqual([]);
    expect(await page.locator('[data-testid="compare-count"]').textContent()).toMatch(/^1 change \(\+2 \/ −0 words/);
    expect(await page.locator('[data-testid="left-symbol"]').textContent()).toBe('MOD');
    expect(await page.locator('[data-testid="right-symbol"]').textContent()).toBe('MOD');

    // against the adopted text both edits show
    await pick(page, 'left', 'Adopted text');
    await body(page).locator('ins', { hasText: 'persistent' }).waitFor();
    expect(await trimmed(body(page).locator('ins'))).toEqual(['and persistent', 'and coordinating']);

    // side by side: deletions only on the left, insertions only on the right, rows aligned
    await pick(page, 'left', /^Version: sent to the regional/);
    await page.getByLabel('Side by side').check();
    const side = page.locator('[data-testid="compare-side"]');
    await side.waitFor();
    expect(await trimmed(side.locator('.side-draft ins'))).toEqual(['and coordinating']);
    expect(await side.locator('.side-base ins').count()).toBe(0);
    const row = side.locator('.side-row[data-status="modified"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('.side-base').textContent()).toContain('of the integrating role the ITU regional');
    await page.getByTestId('toolbar').getByRole('button', { name: 'Next change' }).click();
    expect(await side.locator('.side-row.cmp-current').count()).toBe(1);
  });

  it('restores an old version as the draft and keeps the newer one in the history', async () => {
    const { page } = s;
    await saveVersion(page, 'informal consultations');
    const names = async () => page.locator('[data-testid="versions"] .version-name').allTextContents();
    expect((await names()).some((n) => n.startsWith('informal consultations'))).toBe(true);
    const old = page.locator('[data-testid="versions"] li', { hasText: 'sent to the regional preparatory meeting' });
    await old.getByRole('button', { name: 'Restore' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="versions"] li').length >= 3);
    expect((await names()).some((n) => n.startsWith('informal consultations'))).toBe(true);
    await backToEditor(page);
    expect(await page.locator(LINES).filter({ hasText: 'of the integrating and coordinating role' }).count()).toBe(0);
    expect(await page.locator(LINES).filter({ hasText: 'the multifarious and persistent difficulties' }).count()).toBe(1);
  });

  it("compares two delegations' texts of the same resolution (one pasted)", async () => {
    const { page } = s;
    await openCompare(page);
    const adopted = readFileSync(join(REPO_ROOT, 'resources/baseline/kigali-2022/res-5.txt'), 'utf8');
    const other = adopted.replace('the multifarious difficulties', 'the many difficulties').replace('ITU regional and area offices', 'ITU regional offices');
    await pick(page, 'left', 'Current draft');
    await pick(page, 'right', 'Imported or pasted text');
    await page.locator('[data-testid="compare-import"]').fill(other.replace(/\n/g, '\r\n'));
    await page.getByLabel('Inline').check();
    await body(page).locator('ins', { hasText: 'many' }).waitFor();
    expect(await trimmed(body(page).locator('del'))).toEqual(['multifarious and persistent', 'and area']);
    expect(await trimmed(body(page).locator('ins'))).toEqual(['many']);

    await page.locator('[data-testid="compare-import"]').fill(other.replace('\nb)\t', '\nc)\t'));
    expect(await page.locator('[data-testid="import-error"]').textContent()).toContain('line 6: label "c)" out of sequence; expected "b)"');
    expect(pageErrors).toEqual([]);
  });
});
