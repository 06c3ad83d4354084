import { describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { openProposal, selectInLine } from './editorPage';

const s = useAppSession();

describe('autosave while typing without pauses', () => {
  it('journals the edits within 2 s even if the typist never stops for the idle delay', async () => {
    const { page } = s;
    await openProposal(page, '17');
    await selectInLine(page, 'project execution and project monitoring functions in ITU', 'project monitoring');
    await page.keyboard.press('ArrowLeft');
    const autosaves: number[] = [];
    page.on('request', (r) => {
      // the whole content, or (as a window sends it now) what changed
      if (/\/api\/(update|patch)Contribution$/.test(r.url())) autosaves.push(Date.now());
    });
    const start = Date.now();
    // one key every 250 ms for 4 s: never the 600 ms idle gap the plain autosave waits for
    for (const ch of 'steady typing x') {
      await page.keyboard.type(ch);
      await page.waitForTimeout(250);
    }
    const typingEnded = Date.now();
    const during = autosaves.filter((t) => t < typingEnded);
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(during[0] - start).toBeLessThanOrEqual(2000);
  }, 30_000);
});
