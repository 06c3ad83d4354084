import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../shared/engine/changeSet';
import { compare } from '../../shared/engine/compare';
import { toHtml } from '../../shared/engine/toHtml';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { toDocx } from '../../main/services/docx/toDocx';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { DEFAULT_PLAN, randomEdits } from '../support/randomEdits';
import { readWordDiff } from '../support/wordDiffLaws';
import { docxMarkedWords, docxParts, readDocx, wordsOf } from './docxRead';
import { settings } from './handMade';
import { seededDraft } from '../support/randomEdits';
import { resolutionsIn } from '../lo/loReadBack';

/**
 * Every surface is a plain mapping of the engine's rows: the marked words of the word-diff text,
 * of the HTML and of the .docx body, in reading order, are the same list, and the rows' own spans
 * and label spans give that list too. Footnote bodies are left out: the .docx writes them at their
 * references, the text and HTML as the last lines.
 */
const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const NUMBERS = ['5', '17', '18', '30', '34', '36', '45', '46', '48', '51', '55', '58', '76', '82'];
const texts = new Map(NUMBERS.map((n) => [n, readFileSync(join(DIR, `res-${n}.txt`), 'utf8')]));
const window = new Window();

function rowWords(changes: ChangeSet): string[] {
  const out: string[] = [];
  for (const r of changes.rows) {
    if (r.kind === 'footnote') continue;
    for (const s of [...r.labelSpans, ...r.spans]) if (s.op !== 'equal') for (const w of wordsOf(s.text)) out.push((s.op === 'insert' ? '+' : '-') + w);
  }
  return out;
}

function textWords(changes: ChangeSet): string[] {
  const body = changes.rows.filter((r) => r.kind !== 'footnote');
  const out: string[] = [];
  for (const p of readWordDiff(toWordDiff({ ...changes, rows: body }))) if (p.op !== 'equal') for (const w of wordsOf(p.text)) out.push((p.op === 'insert' ? '+' : '-') + w);
  return out;
}

function htmlWords(changes: ChangeSet): string[] {
  const doc = new window.DOMParser().parseFromString(toHtml(changes), 'text/html');
  const out: string[] = [];
  for (const p of Array.from(doc.querySelectorAll('p.rd-row:not(.rd-footnote)'))) {
    for (const m of Array.from(p.querySelectorAll('ins, del'))) {
      for (const sup of Array.from(m.querySelectorAll('sup'))) sup.textContent = ' ';
      for (const w of wordsOf(m.textContent ?? '')) out.push((m.tagName === 'INS' ? '+' : '-') + w);
    }
  }
  return out;
}

async function docx(changes: ChangeSet): Promise<Uint8Array> {
  return toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'X/1', changes, reasons: 'r.' }] }, { date: '2025-05-01T10:00:00Z', author: 'T' });
}

async function checkSurfaces(base: string, draft: string): Promise<void> {
  const changes = compare(fromText(base), fromText(draft));
  if (changes.action !== 'MOD') return;
  const expected = rowWords(changes);
  expect(textWords(changes)).toEqual(expected);
  expect(htmlWords(changes)).toEqual(expected);
  const bytes = await docx(changes);
  expect(docxMarkedWords(bytes)).toEqual(expected);
  // moves: ids unique over the resolution, both places in the HTML, one named Word move each
  const moves = changes.stats.movedItems;
  expect(new Set(changes.rows.filter((r) => r.move).map((r) => r.move!.id)).size).toBe(moves);
  expect((toHtml(changes).match(/ data-move="/g) ?? []).length).toBe(2 * moves);
  const { document } = docxParts(bytes);
  const names = (tag: string): string[] => [...document.matchAll(new RegExp(`<w:${tag}RangeStart [^>]*w:name="([^"]+)"`, 'g'))].map((m) => m[1]).sort();
  expect(names('moveFrom')).toHaveLength(moves);
  expect(names('moveTo')).toEqual(names('moveFrom'));
  const body = (t: string): string => t.slice(0, t.search(/^\[\^\d+\]: /m) >>> 0).replace(/\[\^\d+\]/g, '');
  const strip = (s: string): string => body(s).trimEnd();
  expect(strip(resolutionsIn(readDocx(bytes, 'accept'))[0])).toBe(strip(draft));
  expect(strip(resolutionsIn(readDocx(bytes, 'reject'))[0])).toBe(strip(base));
}

describe('word-diff text, HTML and .docx are each a mapping of the rows', () => {
  it('random word, item, move and footnote edits (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NUMBERS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (n, seed) => {
        const base = texts.get(n)!;
        await checkSurfaces(base, toText(randomEdits(fromText(base), seed, { ...DEFAULT_PLAN, moveItems: 2, footnoteEdits: 1 })));
      }),
      { numRuns: 15, seed: 1101 },
    );
  }, 240_000);

  it('delegation-style amendments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NUMBERS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 12 }), async (n, seed, edits) => {
        const base = texts.get(n)!;
        await checkSurfaces(base, toText(seededDraft(fromText(base), seed, edits).draft));
      }),
      { numRuns: 15, seed: 1102 },
    );
  }, 240_000);
});
