import { describe, expect, it } from 'vitest';
import { useAppSession } from '../browser/appSession';
import { openProposal } from '../browser/editorPage';

const s = useAppSession();

/** Whether the focused element shows a focus indicator (an outline or a ring). */
const focusShown = (): Promise<{ what: string; shown: boolean }> =>
  s.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', shown: true };
    const st = getComputedStyle(el);
    const shown = (st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 1) || st.boxShadow !== 'none';
    return { what: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`, shown };
  });

describe('keyboard: every command reachable, focus always visible', () => {
  it('Tab reaches the sidebar, the document buttons and the proposal commands, each with a visible focus', async () => {
    const { page } = s;
    await openProposal(page, '34');
    await page.locator('.app-name').click();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focusShown();
      expect(f.shown, `focus not visible on ${f.what}`).toBe(true);
      seen.push(f.what);
      if (f.what.startsWith('div') || /Draft of/.test(f.what)) break; // reached the editor
    }
    const all = seen.join('\n');
    for (const name of ['Resolution 34', 'New', 'Open…', 'Save', 'Settings', 'Checks', 'Export…', 'Shortcuts']) expect(all).toContain(name);
  });

  it('Start a proposal puts the caret in its draft (end of the number line), a SUP proposal and a new draft resolution where they are written next', async () => {
    const { page } = s;
    const focusedLine = () =>
      page.evaluate(() => {
        const sel = getSelection();
        const el = document.activeElement as HTMLElement | null;
        const line = sel?.anchorNode ? (sel.anchorNode.nodeType === 1 ? (sel.anchorNode as Element) : sel.anchorNode.parentElement)?.closest('.rd-editor > p') : null;
        return { editor: !!el?.classList.contains('rd-editor'), line: line?.className ?? null, testid: el?.dataset.testid ?? el?.tagName ?? null };
      });
    await page.locator('[data-number="45"]').click();
    await page.getByRole('button', { name: 'Start a proposal' }).press('Enter');
    await page.locator('[data-testid="editor"]').waitFor();
    await expect.poll(focusedLine).toMatchObject({ editor: true, line: expect.stringContaining('rd-number-line') });
    await page.keyboard.type(' X');
    expect(await page.locator('.rd-editor .rd-number-line').textContent()).toMatch(/^RESOLUTION\s45 \(Rev\. Kigali, 2022\) X$/);
    await page.locator('[data-number="46"]').click();
    await page.getByRole('button', { name: 'Propose suppression (SUP)' }).press('Enter');
    await expect.poll(focusedLine).toMatchObject({ testid: 'reasons' });
    await page.getByRole('button', { name: 'New draft resolution (ADD)' }).press('Enter');
    await expect.poll(focusedLine).toMatchObject({ editor: true, line: expect.stringContaining('rd-title') });
  });

  it('F1 and ? open the shortcuts; Esc closes them and gives the focus back', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('F1');
    const help = page.getByTestId('help-panel');
    await help.waitFor();
    expect(await help.textContent()).toMatch(/Ctrl\+Shift\+S.*Save as/);
    await page.keyboard.press('Escape');
    expect(await help.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Settings');
    await page.keyboard.press('?');
    await help.waitFor();
    await page.keyboard.press('Escape');
  });

  it('the window commands have keys: Ctrl+, settings, Ctrl+Shift+E export, Ctrl+Shift+K checks, Ctrl+O open', async () => {
    const { page } = s;
    for (const [key, id] of [
      ['Control+Comma', 'settings-panel'],
      ['Control+Shift+E', 'export-panel'],
      ['Control+Shift+K', 'checks-panel'],
      ['Control+o', 'open-panel'],
    ] as const) {
      await page.getByRole('button', { name: 'Settings' }).focus();
      await page.keyboard.press(key);
      await page.getByTestId(id).waitFor();
      await page.keyboard.press('Escape');
      expect(await page.getByTestId(id).count()).toBe(0);
    }
    expect(s.pageErrors).toEqual([]);
  });
});
