import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { diffWords } from '../../shared/engine/wordDiff';
import type { List } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { acceptAll, adjacentSameMarks, rejectAll, whitespaceOnlyMarks } from '../support/wordDiffLaws';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');

describe('the shape of marks', () => {
  it('no mark holds only whitespace: a shared space leaves the mark (C8{+, C9+} and)', () => {
    expect(diffWords('Resolutions C8 and C10;', 'Resolutions C8, C9 and C10;')).toEqual([
      { op: 'equal', text: 'Resolutions C8' },
      { op: 'insert', text: ', C9' },
      { op: 'equal', text: ' and C10;' },
    ]);
  });

  it('a space that really goes takes its word with it', () => {
    const spans = diffWords('the digital divide;', 'the digital-divide;');
    expect(spans.filter((s) => s.op !== 'equal' && /^\s+$/.test(s.text))).toEqual([]);
    expect(spans.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe('the digital divide;');
  });

  it('two whole-line deletions next to a struck label print as one mark', () => {
    const base = readFileSync(join(DIR, 'res-5.txt'), 'utf8');
    const res = fromText(base);
    const list = res.calls[0].blocks.find((b): b is List => b.type === 'list')!;
    list.items.splice(1, 2);
    const draft = toText(res);
    const marked = toWordDiff(compare(fromText(base), fromText(draft)));
    expect(acceptAll(marked)).toBe(draft);
    expect(rejectAll(marked)).toBe(base);
    expect(adjacentSameMarks(marked)).toEqual([]);
    expect(whitespaceOnlyMarks(marked)).toEqual([]);
    expect(marked).toMatch(/\n\[-b\)\tResolution\u00A030 [^\]]*\nc\)\tResolutions 166 [^\]]*\nd\)-\]\{\+b\)\+\}\tResolution\u00A0135 /);
  });
});
