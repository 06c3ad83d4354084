/**
 * The editor benchmarks' starting point: Resolution 34 (the longest) open in the page, with 50
 * scattered edits already made through the keyboard (words inserted, replaced and deleted across
 * its items). Returns how many item lines took part.
 */
import type { Page } from 'playwright-core';
import { caretAt, openProposal, pageLines } from '../browser/editorPage';

/** Opens Resolution 34 and makes the 50 edits; resolves once their frame is drawn. */
export async function resolution34WithFiftyEdits(page: Page): Promise<number> {
  // tsx keeps function names with a helper the page does not have
  await page.evaluate('globalThis.__name = (f) => f');
  await page.locator('[data-number="34"]').waitFor();
  await openProposal(page, '34');
  const itemLines = (await pageLines(page)).map((l, i) => ({ ...l, i })).filter((l) => l.type === 'item' && l.text.length > 40);
  for (let k = 0; k < 50; k++) {
    const line = itemLines[Math.floor((k * itemLines.length) / 50)];
    const space = line.text.indexOf(' ', 5 + ((k * 7) % Math.max(1, line.text.length - 20)));
    await caretAt(page, line.i, space < 0 ? 0 : space + 1);
    if (k % 3 === 0) await page.keyboard.type('enhanced ');
    else {
      await page.keyboard.press('Control+Shift+ArrowRight');
      if (k % 3 === 1) await page.keyboard.type('digital ');
      else await page.keyboard.press('Backspace');
    }
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return itemLines.length;
}
