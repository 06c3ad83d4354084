import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { LINES, closeTool, openProposal, selectInLine, texts } from './editorPage';

const s = useAppSession();
const count = async (): Promise<number> => Number(((await s.page.getByTestId('change-count').textContent()) ?? '').split(' ')[0]);

describe('review in the app', () => {
  it('rejects one change (an inserted item goes, the labels come back), accepts another (it stays marked)', async () => {
    const { page } = s;
    await openProposal(page, '45');
    const before = await page.locator(LINES).count();
    const first = (await page.locator(`${LINES}.rd-item`).allTextContents()).find((t) => /^a\)/.test(t))!;
    await selectInLine(page, first.slice(2, 30));
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('that an inserted item is reviewed;');
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.press('End');
    await page.keyboard.type(' amended');
    await expect.poll(count).toBe(2);

    await page.getByTestId('toolbar').getByRole('button', { name: 'Review', exact: true }).click();
    const panel = page.getByTestId('review-panel');
    await panel.getByText('2 to review').waitFor();
    await panel.getByRole('button', { name: /^Reject .*inserted item/ }).click();
    await panel.getByText('1 to review').waitFor();
    expect(await page.locator(LINES).count()).toBe(before);
    expect(await count()).toBe(1);
    expect((await texts(page, 'del')).join(' ')).not.toContain('reviewed');

    await panel.getByRole('button', { name: /^Accept Conference line: changed/ }).click();
    await panel.getByText('Nothing left to review.').waitFor();
    expect(await count()).toBe(1);
    expect((await texts(page, 'ins')).join(' ')).toContain('amended');
    // undo brings the rejected item back
    await page.locator('[data-testid="editor"]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(LINES).count()).toBe(before + 1);
    await page.keyboard.press('Control+y');
  });

  it('rejects all changes in a call, and all changes (what was accepted stays)', async () => {
    const { page } = s;
    const panel = page.getByTestId('review-panel');
    const edit = async (): Promise<void> => {
      const items = await page.locator(`${LINES}.rd-item`).allTextContents();
      for (const t of items.slice(0, 2)) {
        await selectInLine(page, t.slice(3, 30));
        await page.keyboard.press('End');
        await page.keyboard.type(' more');
      }
    };
    await edit();
    await expect.poll(count).toBe(3);
    if (!(await panel.isVisible())) await page.getByTestId('toolbar').getByRole('button', { name: 'Review', exact: true }).click();
    await panel.getByText('2 to review').waitFor();
    const group = panel.locator('.review-group').first();
    expect(await group.locator('.review-list li').count()).toBe(2);
    await group.getByRole('button', { name: /^Reject all in/ }).click();
    await panel.getByText('Nothing left to review.').waitFor();
    expect(await count()).toBe(1);
    await edit();
    await panel.getByText('2 to review').waitFor();
    await panel.getByRole('button', { name: 'Reject all', exact: true }).click();
    await panel.getByText('Nothing left to review.').waitFor();
    expect(await count()).toBe(1);
    expect((await texts(page, 'ins')).join(' ')).not.toContain('more');
    await closeTool(page);
  });

  it('find and replace: whole words, case, within unchanged text; each replacement is marked', async () => {
    const { page } = s;
    await page.locator('[data-testid="editor"]').click();
    await page.keyboard.press('Control+h');
    const find = page.getByTestId('find-replace');
    await find.getByLabel('Find', { exact: true }).fill('ITU');
    const n = Number(((await find.getByTestId('find-count').textContent()) ?? '0').split(' ')[0]);
    expect(n).toBeGreaterThan(0);
    await find.getByLabel('Match case').check();
    await find.getByLabel('Find', { exact: true }).fill('itu');
    expect(await find.getByTestId('find-count').textContent()).toBe('0 matches');
    await find.getByLabel('Find', { exact: true }).fill('ITU');
    await find.getByLabel('Whole words').uncheck();
    const loose = Number(((await find.getByTestId('find-count').textContent()) ?? '0').split(' ')[0]);
    expect(loose).toBeGreaterThanOrEqual(n);
    await find.getByLabel('Whole words').check();
    await find.getByLabel('Replace with').fill('the Union');
    await find.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('0 matches');
    const ins = (await texts(page, 'ins')).filter((t) => t.includes('Union'));
    const del = (await texts(page, 'del')).filter((t) => t.includes('ITU'));
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    // within marked insertions: "Union" is now only inside insertions
    await find.getByLabel('Find', { exact: true }).fill('the Union');
    await find.getByLabel('Search in').selectOption('marked');
    const marked = Number(((await find.getByTestId('find-count').textContent()) ?? '0').split(' ')[0]);
    expect(marked).toBe(n); // every replacement, and only those, is inside an insertion
    await find.getByLabel('Search in').selectOption('clean');
    expect(await find.getByTestId('find-count').textContent()).not.toBe(`${n} matches`);
    expect(s.pageErrors).toEqual([]);
  });
});
