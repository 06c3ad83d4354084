import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { toHtml } from '../../shared/engine/toHtml';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { toDocx } from '../../main/services/docx/toDocx';
import { fromText } from '../../shared/text/fromText';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { resolutionsIn } from '../lo/loReadBack';
import { countMarks, docxParts, readDocx } from './docxRead';
import { settings } from './handMade';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const load = (n: string): string => readFileSync(join(DIR, `res-${n}.txt`), 'utf8');

/** Resolution 5 with a new footnote referenced in its title, before the adopted footnote 1 (now 2). */
function newFirstFootnote(): { base: string; draft: string } {
  const base = load('5');
  const lines = base.replace(/\[\^1\]/g, '[^2]').split('\n');
  lines[1] = lines[1].replace('Enhanced participation', 'Enhanced participation[^1]');
  const note = lines.findIndex((l) => l.startsWith('[^2]: '));
  lines.splice(note, 0, '[^1]: Including Sector Members and Academia.');
  return { base, draft: lines.join('\n') };
}

describe('footnote references are compared by footnote identity', () => {
  const { base, draft } = newFirstFootnote();
  const changes = compare(fromText(base), fromText(draft));

  it('the renumbered reference is the same footnote in the rows: an equal span with its baseline number', () => {
    const row = changes.rows.find((r) => r.kind === 'item' && r.base!.text.includes('[^1]'))!;
    expect(row.status).toBe('unchanged');
    expect(row.spans.filter((s) => s.op !== 'equal')).toEqual([]);
    expect(row.spans.find((s) => s.baseText !== undefined)).toEqual({ op: 'equal', text: '[^2]', baseText: '[^1]' });
    const kept = changes.rows.find((r) => r.kind === 'footnote' && r.base?.label === '[^1]')!;
    expect(kept.status).toBe('unchanged');
    expect(kept.draft!.label).toBe('[^2]');
    expect(kept.relabelled).toBe(false);
    expect(changes.stats).toMatchObject({ insertedRows: 1, deletedRows: 0, modifiedRows: 1, relabels: 0, insertedWords: 5, deletedWords: 0 });
  });

  it('the word-diff text keeps both laws and prints the renumbering only as its laws require', () => {
    const marked = toWordDiff(changes);
    expect(acceptAll(marked)).toBe(draft);
    expect(rejectAll(marked)).toBe(base);
    expect(marked).toContain('developing[-[^1]-]{+[^2]+} and developed');
  });

  it('the HTML shows one reference with its new number, unmarked', () => {
    const html = toHtml(changes);
    const item = html.split('\n').find((l) => l.includes('Resolutions 25 and 123'))!;
    expect(item).not.toMatch(/<ins|<del/);
    expect(item).toContain('<span class="rd-renumbered" data-was="[^1]"><sup class="rd-fnref">2</sup></span>');
  });

  it('the .docx keeps the footnote: one inserted reference (the new one), none deleted', async () => {
    const bytes = await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'X/1', changes, reasons: 'r.' }] }, { date: '2025-05-01T10:00:00Z', author: 'T' });
    const { document } = docxParts(bytes);
    const insertedRefs = document.match(/<w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference/g) ?? [];
    const deletedRefs = document.match(/<w:del [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference/g) ?? [];
    expect(insertedRefs).toHaveLength(1);
    expect(deletedRefs).toHaveLength(0);
    expect(countMarks(bytes).del).toBe(0);
    const accepted = readDocx(bytes, 'accept');
    expect(accepted.footnotes).toEqual(['Including Sector Members and Academia.', expect.stringMatching(/^These include the least developed/)]);
    expect(resolutionsIn(readDocx(bytes, 'reject'))[0]).toContain('developing[^1] and developed');
  });
});
