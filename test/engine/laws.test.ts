import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { DEFAULT_PLAN, randomEdits } from '../support/randomEdits';
import { seededDraft } from '../support/randomEdits';
import { acceptAll, adjacentSameMarks, marksInsideWords, rejectAll, whitespaceOnlyMarks } from '../support/wordDiffLaws';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const NUMBERS = ['5', '17', '18', '30', '34', '36', '45', '46', '48', '51', '55', '58', '76', '82'];
const texts = new Map(NUMBERS.map((n) => [n, readFileSync(join(DIR, `res-${n}.txt`), 'utf8')]));

function checkLaws(baseText: string, draftText: string) {
  const changes = compare(fromText(baseText), fromText(draftText));
  const marked = toWordDiff(changes);
  expect(acceptAll(marked)).toBe(draftText);
  expect(rejectAll(marked)).toBe(baseText);
  expect(marksInsideWords(marked)).toEqual([]);
  expect(whitespaceOnlyMarks(marked)).toEqual([]);
  expect(adjacentSameMarks(marked)).toEqual([]);
  return { changes, marked };
}

describe('revision engine laws on the adopted texts', () => {
  it.each(NUMBERS)('Resolution %s unchanged gives NOC and no marks', (n) => {
    const t = texts.get(n)!;
    const { changes, marked } = checkLaws(t, t);
    expect(changes.action).toBe('NOC');
    expect(marked).toBe(t);
    expect(changes.rows.every((r) => r.status === 'unchanged')).toBe(true);
  });

  it('random seeded edits on every resolution keep both laws and whole-word marks (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 0.3, noNaN: true }), (n, seed, rate) => {
        const base = texts.get(n)!;
        const draft = toText(randomEdits(fromText(base), seed, { ...DEFAULT_PLAN, wordRate: rate, footnoteEdits: 1 }));
        const { changes } = checkLaws(base, draft);
        expect(changes.action).toBe(draft === base ? 'NOC' : 'MOD');
      }),
      { numRuns: 150, seed: 20221 },
    );
  });

  it('delegation-style amendments (footnotes added/removed, new calls, retargeted lines) keep both laws (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 20 }), (n, seed, edits) => {
        const base = texts.get(n)!;
        const { draft, ops } = seededDraft(fromText(base), seed, edits);
        const { changes } = checkLaws(base, toText(draft));
        expect(changes.action, ops.join('; ')).toBe(toText(draft) === base ? 'NOC' : 'MOD');
      }),
      { numRuns: 150, seed: 20252 },
    );
  });

  it('comparing two resolutions that share nothing still keeps both laws', () => {
    checkLaws(texts.get('5')!, texts.get('34')!);
    checkLaws(texts.get('34')!, texts.get('18')!);
  });
});
