/**
 * The live editor renders the engine and nothing else, checked through the page in Chromium:
 * random sequences of keyboard edits (typing, Backspace, Delete, Enter, Tab, Shift-Tab, moving
 * items with Alt+Shift+↑/↓ within and across calls, whole-item cut and paste, undo), and after
 * every key the rows the page shows (status, marks, labels, moves), the symbol badge, the counts
 * and the number of changes equal `compare(baseline, toModel(doc))` of the draft the page holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromText } from '../../shared/text/fromText';
import { useAppSession } from './appSession';
import { caretAt, openProposal, pageLines } from './editorPage';
import { checkPage, play } from './editorLaw';

const s = useAppSession();
const stepArb = fc.record({ what: fc.nat(12), line: fc.nat(500), at: fc.nat(300), much: fc.nat(5) });
const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');

describe('the editor shows compare(baseline, toModel(doc)) after every key (Chromium)', () => {
  for (const n of ['5', '34']) {
    it(`random keyboard edit sequences on Resolution ${n}`, async () => {
      const { page } = s;
      const base = fromText(readFileSync(join(BUNDLED, `res-${n}.txt`), 'utf8'));
      await openProposal(page, n);
      await checkPage(page, base, 'opened');
      // a move across calls first: the first item of the second call, up into the first
      const lines = await pageLines(page);
      const secondCall = lines.findIndex((l, i) => l.type === 'call' && lines.slice(0, i).some((p) => p.type === 'call'));
      await caretAt(page, secondCall + 1, 0);
      await page.keyboard.press('Alt+Shift+ArrowUp');
      await checkPage(page, base, 'item moved across calls');
      let count = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 6, maxLength: 6 }), async (steps) => {
          for (const step of steps) {
            count++;
            await play(page, step, () => checkPage(page, base, `step ${count}: ${JSON.stringify(step)}`));
          }
        }),
        { numRuns: 4, seed: 1102 + Number(n), endOnFailure: true },
      );
      expect(count).toBe(24);
    }, 240_000);
  }
});
