/**
 * The law the editor's browser tests check through the page: the rows it shows (status, marks,
 * labels, moves), the symbol badge, the counts and the number of changes are the engine's
 * `compare(baseline, toModel(doc))` of the draft the page holds; and the keyboard edits that drive
 * it (typing, Backspace, Delete, Enter, Tab, Shift-Tab, moving items with Alt+Shift+↑/↓, whole-item
 * cut and paste, undo), from a step or from a seeded sequence of steps.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { getSchema, type JSONContent } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import type { Page } from 'playwright-core';
import type { fromText } from '../../shared/text/fromText';
import { compare } from '../../shared/engine/compare';
import { countChanges } from '../../shared/engine/changeCount';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { inlineContent } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { rng } from '../support/randomEdits';
import { caretAt, LINES, pageLines, pageRows, pageStats, selectLine, symbol, type PageLine, type PageRow } from './editorPage';

const schema = getSchema(RESOLUTION_NODES);

/** The draft the page holds, as the editor's own document (so `toModel` reads it as the editor does). */
export function draftOf(lines: PageLine[]): ReturnType<typeof toModel> {
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
export function expectedRows(changes: ChangeSet): PageRow[] {
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

/**
 * Checks the law on the page as it is now. The editor passes the engine the items the delegate
 * moved (a hint that decides a tie only: an item moved over its neighbour is the one marked as
 * moved, not the neighbour), which the page does not show: when the page is not `compare` without
 * a hint, it must be `compare` with the hint naming the items the page marks as moved to their
 * place, and so differ from it only in which of two tied items moved. (Which one the hint picks is
 * checked by test/engine/moveHint.test.ts and test/engine/liveComparison.test.ts.)
 */
export async function checkPage(page: Page, base: ReturnType<typeof fromText>, where: string): Promise<void> {
  const lines = await pageLines(page);
  const draft = draftOf(lines);
  const shown = {
    rows: await pageRows(page),
    symbol: await symbol(page),
    stats: await pageStats(page),
    changes: await page.getByTestId('change-count').textContent(),
  };
  const law = (expected: ChangeSet): unknown => {
    const stops = countChanges(expected.rows);
    return { rows: expectedRows(expected), symbol: expected.action, stats: expected.stats, changes: `${stops} ${stops === 1 ? 'change' : 'changes'}` };
  };
  let expected = compare(base, draft);
  if (!isDeepStrictEqual(shown, law(expected))) {
    const movedTo = await page.evaluate((sel) => [...document.querySelectorAll(sel)].flatMap((p, i) => (p.classList.contains('rd-move-to') ? [i] : [])), LINES);
    expected = compare(base, draft, { moved: movedTo });
  }
  expect(shown, where).toEqual(law(expected));
}

/** One keyboard edit: what (0–12), on which line, where in it, how much. */
export type Step = { what: number; line: number; at: number; much: number };
const WORDS = ['digital ', 'Baku', ' and ', 'x'];

/** One edit through the keyboard; `check` runs after every key. */
export async function play(page: Page, step: Step, check: () => Promise<void>): Promise<void> {
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

/** A seeded sequence of keyboard edits (the PRNG of test/support/randomEdits.ts), as {@link play} takes them. */
export function keyboardSteps(seed: number, count: number): Step[] {
  const r = rng(seed);
  const n = (max: number): number => Math.floor(r() * (max + 1));
  return Array.from({ length: count }, () => ({ what: n(12), line: n(100_000), at: n(300), much: n(5) }));
}
