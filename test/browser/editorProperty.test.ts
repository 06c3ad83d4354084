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
import { getSchema, type JSONContent } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import type { Page } from 'playwright-core';
import { fromText } from '../../shared/text/fromText';
import { compare } from '../../shared/engine/compare';
import { countChanges } from '../../shared/engine/changeCount';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { inlineContent } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { useAppSession } from './appSession';
import { caretAt, openProposal, pageLines, pageRows, pageStats, selectLine, symbol, type PageLine, type PageRow } from './editorPage';

const s = useAppSession();
const schema = getSchema(RESOLUTION_NODES);
const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');

/** The draft the page holds, as the editor's own document (so `toModel` reads it as the editor does). */
function draftOf(lines: PageLine[]): ReturnType<typeof toModel> {
  const content: JSONContent[] = lines.map((l) => {
    const inline = inlineContent(l.text);
    const attrs = l.type === 'item' ? { depth: l.depth, kind: l.kind } : l.type === 'footnote' ? { id: l.footnote } : undefined;
    return { type: l.type, ...(attrs ? { attrs } : {}), ...(inline.length ? { content: inline } : {}) };
  });
  return toModel(PMNode.fromJSON(schema, { type: 'doc', content }));
}

const refs = (text: string): string => text.replace(/\[\^(\d+)\]/g, '$1');
const joined = (row: ChangeRow, op: 'insert' | 'delete'): string => refs(row.spans.filter((sp) => sp.op === op).map((sp) => sp.text).join(''));

type Extras = { labelSpans?: { op: string; text: string }[]; lineEnd?: 'inserted' | 'deleted' };

/** The label a row shows: the engine's label spans when it gives them, else the relabel rule. */
function labelOf(row: ChangeRow): string {
  const spans = (row as ChangeRow & Extras).labelSpans;
  if (spans) return row.kind === 'footnote' ? '' : spans.map((sp) => sp.text).join('');
  const itemLabel = row.kind === 'item' ? (row.draft?.label ?? '') : '';
  return row.relabelled ? `${row.base?.label ?? ''}${itemLabel}` : itemLabel;
}

const STATUS_ORDER = ['modified', 'inserted', 'deleted', 'unchanged'];

/** What the page must show for each line: a deleted line per deleted row, one line per draft line (which may hold two rows: a merge). */
function expectedRows(changes: ChangeSet): PageRow[] {
  const out: PageRow[] = [];
  let lineRows: ChangeRow[] = [];
  const flush = (): void => {
    if (lineRows.length === 0) return;
    const marked = lineRows.filter((r) => r.status !== 'unchanged' || r.relabelled || (r as ChangeRow & Extras).lineEnd);
    const statuses = new Set(marked.map((r) => r.status));
    const end = (r: ChangeRow, e: string): string => ((r as ChangeRow & Extras).lineEnd === e ? '\u00b6' : '');
    out.push({
      status: STATUS_ORDER.find((st) => statuses.has(st as ChangeRow['status'])) ?? 'unchanged',
      move: marked.find((r) => r.move)?.move ? String(marked.find((r) => r.move)!.move!.id) : null,
      label: lineRows.map((r, k) => (k === 0 || (r as ChangeRow & Extras).labelSpans ? labelOf(r) : '')).join(''),
      ins: marked.length ? lineRows.map((r) => joined(r, 'insert') + end(r, 'inserted')).join('') : '',
      del: marked.length ? lineRows.map((r) => joined(r, 'delete') + end(r, 'deleted')).join('') : '',
    });
    lineRows = [];
  };
  for (const row of changes.rows) {
    if (!row.draft) {
      flush();
      out.push({ status: 'deleted', move: row.move ? String(row.move.id) : null, label: row.kind === 'item' ? (row.base!.label ?? '') : '', ins: '', del: refs(row.base!.text) });
      continue;
    }
    if (lineRows.length && lineRows[0].draft!.line !== row.draft.line) flush();
    lineRows.push(row);
  }
  flush();
  return out;
}

async function checkPage(page: Page, base: ReturnType<typeof fromText>, where: string): Promise<void> {
  const expected = compare(base, draftOf(await pageLines(page)));
  const shown = {
    rows: await pageRows(page),
    symbol: await symbol(page),
    stats: await pageStats(page),
    changes: await page.getByTestId('change-count').textContent(),
  };
  const stops = countChanges(expected.rows);
  expect(shown, where).toEqual({
    rows: expectedRows(expected),
    symbol: expected.action,
    stats: expected.stats,
    changes: `${stops} ${stops === 1 ? 'change' : 'changes'}`,
  });
}

type Step = { what: number; line: number; at: number; much: number };
const stepArb = fc.record({ what: fc.nat(12), line: fc.nat(500), at: fc.nat(300), much: fc.nat(5) });
const WORDS = ['digital ', 'Baku', ' and ', 'x'];

/** One edit through the keyboard; `check` runs after every key. */
async function play(page: Page, step: Step, check: () => Promise<void>): Promise<void> {
  const lines = await pageLines(page);
  const index = 3 + (step.line % (lines.length - 3));
  const line = lines[index];
  const press = async (key: string): Promise<void> => {
    await page.keyboard.press(key);
    await check();
  };
  const offset = step.at % (line.text.length + 1);
  switch (step.what) {
    case 0:
    case 1:
    case 2:
      await caretAt(page, index, offset);
      for (const ch of WORDS[step.much % WORDS.length]) await press(ch === ' ' ? 'Space' : ch);
      return;
    case 3:
      await caretAt(page, index, offset);
      for (let k = 0; k <= step.much; k++) await press('Backspace');
      return;
    case 4:
      await caretAt(page, index, offset);
      for (let k = 0; k <= step.much; k++) await press('Delete');
      return;
    case 5:
      await caretAt(page, index, offset);
      await press('Enter');
      return;
    case 6:
      await caretAt(page, index, 0);
      await press(step.much % 2 ? 'Tab' : 'Shift+Tab');
      return;
    case 7:
    case 8:
      await caretAt(page, index, offset);
      for (let k = 0; k <= step.much % 3; k++) await press(step.what === 7 ? 'Alt+Shift+ArrowUp' : 'Alt+Shift+ArrowDown');
      return;
    case 9: {
      // a whole item cut, pasted at the start of another line
      if (line.type !== 'item' || line.text.length === 0) return;
      await selectLine(page, index);
      await press('Control+x');
      const after = await pageLines(page);
      await caretAt(page, 3 + ((step.at * 7) % (after.length - 3)), 0);
      await press('Control+v');
      return;
    }
    default:
      await press('Control+z');
  }
}

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
