/**
 * The workspace (docs/design.md) in Chromium: the side pane opens beside the text and never moves
 * it, scrolled down included, on a wide window (its column reserved) and a narrow one (over the
 * text); one count, the engine's, in the toolbar, the review pane and Compare versions; the one
 * toolbar holds every group by task; the sidebar lists the contribution's proposals first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './appSession';
import { caretAt, closeTool, openProposal, openTool, pageLines, selectInLine, settled } from './editorPage';

const s = useAppSession();

/** Where a line of the draft stands on screen, and whether it is in view. */
async function placeOf(page: Page, text: string): Promise<{ x: number; y: number; width: number }> {
  return page.evaluate((t) => {
    const p = [...document.querySelectorAll('.rd-editor > p')].find((e) => (e.textContent ?? '').includes(t))!;
    const r = p.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width };
  }, text);
}

const FAR_DOWN = 'to continue to assist developing countries in advancing';

describe('the side pane never moves the text', () => {
  it('Review changes, Checks, Find, Versions and Proposal open beside the text, scrolled down, on a wide window', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openProposal(page, '30');
    const line = (await pageLines(page)).findIndex((l) => l.text.startsWith(FAR_DOWN));
    await caretAt(page, line, 10_000);
    await page.keyboard.type(' firmly');
    await settled(page);
    // scrolled down to the line: far below the top of the text
    await page.getByTestId('doc-scroll').evaluate((el, t) => {
      const p = [...el.querySelectorAll('.rd-editor > p')].find((e) => (e.textContent ?? '').includes(t))!;
      el.scrollTop += p.getBoundingClientRect().top - el.getBoundingClientRect().top - 200;
    }, FAR_DOWN);
    expect(await page.getByTestId('doc-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    const before = await placeOf(page, FAR_DOWN);
    for (const tool of ['Review', 'Checks', 'Find', 'Versions', 'Proposal']) {
      const pane = await openTool(page, tool);
      expect(await pane.isVisible(), tool).toBe(true);
      expect(await placeOf(page, FAR_DOWN), tool).toEqual(before);
      // beside the text, not over it
      const box = (await pane.boundingBox())!;
      const text = (await page.locator('.rd-editor').boundingBox())!;
      expect(box.x, tool).toBeGreaterThanOrEqual(text.x + text.width);
    }
    await closeTool(page);
    expect(await placeOf(page, FAR_DOWN)).toEqual(before);
  }, 60_000);

  it('on a narrow window the pane lies over the text and still moves nothing', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1024, height: 760 });
    await settled(page);
    const before = await placeOf(page, FAR_DOWN);
    const pane = await openTool(page, 'Review');
    expect(await placeOf(page, FAR_DOWN)).toEqual(before);
    expect(await pane.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('side-pane').getAttribute('data-tool')).toBeNull();
    expect(await placeOf(page, FAR_DOWN)).toEqual(before);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('one count, the engine’s, in the toolbar, the review pane and Compare versions', async () => {
    const { page } = s;
    await selectInLine(page, 'The World Telecommunication Development Conference');
    await page.keyboard.press('End');
    await page.keyboard.type(' amended');
    await expect.poll(() => page.getByTestId('change-count').textContent()).toBe('2 changes');
    const pane = await openTool(page, 'Review');
    expect(await pane.getByRole('status').textContent()).toBe('2 to review');
    expect(await pane.locator('.review-list li').count()).toBe(2);
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-count').waitFor();
    expect(await page.getByTestId('compare-count').textContent()).toMatch(/^2 changes \(/);
    await page.getByRole('button', { name: 'Back to the editor' }).click();
  });

  it('one toolbar, grouped by task, each button named; the contribution’s proposals first in the sidebar', async () => {
    const { page } = s;
    const groups = page.getByTestId('toolbar').getByRole('group');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).toEqual(['File', 'Edit', 'Insert', 'Changes', 'Check', 'Panes', 'Contribution', 'Help']);
    // every button has a name a user can read (as a label or, for icons alone, as its accessible name)
    const unnamed = await page.getByTestId('toolbar').locator('button').evaluateAll((bs) => bs.filter((b) => !(b.textContent ?? '').trim()).length);
    expect(unnamed).toBe(0);
    // the toolbar is one row on a 1440 px window
    const rows = await page.getByTestId('toolbar').locator('button').evaluateAll((bs) => new Set(bs.map((b) => Math.round(b.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    const sidebar = page.getByRole('navigation', { name: 'Proposals and adopted resolutions' });
    const headings = await sidebar.getByRole('heading').allTextContents();
    expect(headings).toEqual(['This contribution', 'Adopted texts']);
    const listed = sidebar.getByTestId('proposal-list').locator('button');
    expect(await listed.count()).toBe(1);
    expect(await listed.first().textContent()).toMatch(/^MOD.*Resolution 30.*Draft/);
    expect(s.pageErrors).toEqual([]);
  });
});
