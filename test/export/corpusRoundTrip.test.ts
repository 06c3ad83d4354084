import { describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { defaultSettings } from '../../shared/contribution/newContribution';
import { compare } from '../../shared/engine/compare';
import { toDocx } from '../../main/services/docx/toDocx';
import { toText } from '../../shared/text/toText';
import { resolutionsIn } from '../lo/loReadBack';
import { countMarks, readDocx } from './docxRead';
import { seededDraft } from '../support/randomEdits';

const corpus = new Corpus();
const numbers = corpus.list().map((r) => r.number);
const SEEDS = [11, 12, 13, 14, 15, 16];

describe('exporting every bundled resolution with seeded random edits (Word semantics, no LibreOffice)', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: Accept All gives each draft and Reject All each adopted text, footnotes included`, async () => {
      const bases = numbers.map((n) => corpus.resolution(n));
      const drafts = bases.map((b, i) => seededDraft(b, seed * 1000 + i, 10));
      const proposals = bases.map((b, i) => ({ symbol: 'MOD' as const, number: `X/${i + 1}`, changes: compare(b, drafts[i].draft), reasons: 'r' }));
      const bytes = await toDocx({ settings: defaultSettings(2025), proposals }, { date: '2025-01-01T00:00:00Z' });
      const accepted = resolutionsIn(readDocx(bytes, 'accept'));
      const rejected = resolutionsIn(readDocx(bytes, 'reject'));
      expect(accepted).toHaveLength(numbers.length);
      numbers.forEach((n, i) => {
        expect(accepted[i], `Resolution ${n}, edits: ${drafts[i].ops.join('; ')}`).toBe(toText(drafts[i].draft));
        expect(rejected[i], `Resolution ${n}, edits: ${drafts[i].ops.join('; ')}`).toBe(toText(bases[i]));
      });
      const marks = countMarks(bytes);
      expect(marks.ins).toBeGreaterThan(numbers.length);
      expect(marks.del).toBeGreaterThan(0);
    });
  }

  it('an unchanged resolution exported as MOD carries no marks at all', async () => {
    const base = corpus.resolution('34');
    const bytes = await toDocx({ settings: defaultSettings(2025), proposals: [{ symbol: 'MOD', number: '1', changes: compare(base, base), reasons: '' }] });
    expect(countMarks(bytes)).toEqual({ ins: 0, del: 0 });
    expect(resolutionsIn(readDocx(bytes, 'asIs'))[0]).toBe(corpus.text('34'));
  });
});
