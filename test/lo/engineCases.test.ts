/**
 * The engine's own cases in LibreOffice: an item split, two items merged, a new footnote before
 * footnote 1, and items moved in two calls (Word move revisions). Accept All must give the draft
 * and Reject All the adopted text exactly; the revision counts are what a reviewer sees.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { toDocx } from '../../main/services/docx/toDocx';
import { compare } from '../../shared/engine/compare';
import type { List, Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import { libreOfficeAvailable, readBack, resolutionsIn, type LoFile } from './loReadBack';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-lo-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const firstList = (r: Resolution, call = 0): List => r.calls[call].blocks.find((b): b is List => b.type === 'list')!;

const CASES: Array<{ name: string; n: string; edit: (r: Resolution) => void; moves?: number; revisions: Record<string, number> }> = [
  {
    name: 'split',
    n: '5',
    edit: (r) => {
      const items = firstList(r).items;
      const [a, b] = items[3].text.split(', in providing');
      items.splice(3, 1, { text: `${a};` }, { text: `in providing${b}` });
    },
    // ", " struck; ";", the new paragraph mark and "e)<TAB>" typed as one insertion; three labels struck and replaced
    revisions: { Delete: 4, Insert: 4 },
  },
  {
    name: 'merge',
    n: '5',
    edit: (r) => {
      const items = firstList(r).items;
      items.splice(4, 2, { text: `${items[4].text.replace(/;$/, '')} and ${items[5].text}` });
    },
    // ";", the paragraph mark and "f)<TAB>" struck as one deletion, " and " typed; one label struck and replaced
    revisions: { Delete: 2, Insert: 2 },
  },
  {
    name: 'new-first-footnote',
    n: '5',
    edit: (r) => {
      r.title = r.title.replace('Enhanced participation', 'Enhanced participation[^1]');
      for (const it of firstList(r).items) it.text = it.text.replace('[^1]', '[^2]');
      r.footnotes = [{ id: 1, text: 'Including Sector Members and Academia.' }, { id: 2, text: r.footnotes[0].text }];
    },
    // the new reference and its footnote's text; the renumbered footnote is untouched
    revisions: { Insert: 2 },
  },
  {
    name: 'moves-in-two-calls',
    n: '34',
    edit: (r) => {
      const a = firstList(r, 0).items;
      a.push(a.splice(1, 1)[0]);
      const b = firstList(r, 1).items;
      b.unshift(b.pop()!);
    },
    moves: 2,
    // each moved item: its old place struck and its new place typed (label, tab and text as one revision each)
    revisions: { Delete: -1, Insert: -1 },
  },
];

const made: Array<{ file: string; base: string; draft: string }> = [];
let results: Record<string, LoFile> = {};

beforeAll(async () => {
  if (!available) return;
  for (const c of CASES) {
    const baseline = corpus.resolution(c.n);
    const draft = structuredClone(baseline);
    c.edit(draft);
    const changes = compare(baseline, draft);
    if (c.moves !== undefined) expect(changes.stats.movedItems, c.name).toBe(c.moves);
    const file = join(dir, `${c.name}.docx`);
    writeFileSync(file, await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'X/1', changes, reasons: 'r.' }] }, { date: '2025-06-02T08:30:00Z', author: 'T' }));
    made.push({ file, base: toText(baseline), draft: toText(draft) });
  }
  results = readBack(made.map((m) => m.file));
}, 1_200_000);

describe('LibreOffice reads the engine cases back exactly', () => {
  it('has LibreOffice and python3-uno to run with', () => {
    if (!available && required) throw new Error('LibreOffice (soffice) and python3-uno are required here');
  });

  it.skipIf(!available).each(CASES.map((c, i) => [c.name, i] as const))('%s: Accept All is the draft, Reject All the adopted text', (_name, i) => {
    const m = made[i];
    const r = results[m.file];
    expect(resolutionsIn(r.accept)[0]).toBe(m.draft);
    expect(resolutionsIn(r.reject)[0]).toBe(m.base);
    expect(r.remaining).toBe(0);
    const expected = CASES[i].revisions;
    for (const [type, n] of Object.entries(expected)) {
      if (n < 0) expect(r.revisions[type] ?? 0, type).toBeGreaterThan(0);
      else expect(r.revisions[type] ?? 0, type).toBe(n);
    }
    console.log(`${CASES[i].name}: ${JSON.stringify(r.revisions)}`);
  });
});
