import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { ResolutionParseError } from '../../shared/text/parseError';
import { labelFor } from '../../shared/grammar/labels';
import type { List } from '../../shared/model/resolution';

const SHARED = join(import.meta.dirname, '../../../shared/baseline/kigali-2022');
const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const files = readdirSync(BUNDLED).filter((f) => f.endsWith('.txt'));

function parseError(text: string): ResolutionParseError {
  try {
    fromText(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ResolutionParseError);
    return e as ResolutionParseError;
  }
  throw new Error('expected a parse error');
}

const RES5 = readFileSync(join(BUNDLED, 'res-5.txt'), 'utf8');
const lines5 = RES5.split('\n');

describe('resolution text layout', () => {
  it('bundles exactly the 14 adopted texts, byte for byte', () => {
    expect(files.sort()).toEqual(readdirSync(SHARED).sort());
    expect(files).toHaveLength(14);
    for (const f of files) expect(readFileSync(join(BUNDLED, f))).toEqual(readFileSync(join(SHARED, f)));
  });

  it.each(files)('round-trips %s', (f) => {
    const text = readFileSync(join(BUNDLED, f), 'utf8');
    expect(toText(fromText(text))).toBe(text);
  });

  it('reads Resolution 34 items a) … ag) as one alpha list', () => {
    const res = fromText(readFileSync(join(BUNDLED, 'res-34.txt'), 'utf8'));
    const lists = res.calls.flatMap((c) => c.blocks.filter((b): b is List => b.type === 'list'));
    const longest = lists.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    expect(longest.kind).toBe('alpha');
    expect(longest.items.length).toBe(33);
    expect(labelFor('alpha', 32)).toBe('ag)');
  });

  it('nests i) ii) under a numbered item and continues the outer list after them (Resolution 30)', () => {
    const res = fromText(readFileSync(join(BUNDLED, 'res-30.txt'), 'utf8'));
    const further = res.calls.find((c) => c.phrase.startsWith('further instructs'))!;
    const list = further.blocks[0] as List;
    expect(list.kind).toBe('numeric');
    expect(list.items[0].sublist?.kind).toBe('roman');
    expect(list.items[0].sublist?.items).toHaveLength(4);
  });

  it('renumbers labels from position after an item is inserted', () => {
    const res = fromText(RES5);
    const considering = res.calls[0].blocks[0] as List;
    considering.items.splice(2, 0, { text: 'a new item;' });
    const out = toText(res).split('\n');
    expect(out[6]).toBe('c)\ta new item;');
    expect(out[7].startsWith('d)\tResolutions 166')).toBe(true);
  });

  it('keeps no-break spaces and non-breaking hyphens', () => {
    const t = readFileSync(join(BUNDLED, 'res-18.txt'), 'utf8');
    expect(fromText(t).numberLine).toBe('RESOLUTION\u00A018 (Rev. Kigali, 2022)');
  });
});

describe('resolution text layout errors name the line and what was expected', () => {
  it('empty file', () => {
    const e = parseError('');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/empty.*expected a number line/);
  });

  it('binary file', () => {
    const e = parseError('RESOLUTION 5 (Rev. Kigali, 2022)\n\u0000\u0001PK\u0003\u0004');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/binary/);
  });

  it('no number line', () => {
    const e = parseError(lines5.slice(1).join('\n'));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/expected a number line/);
  });

  it('label out of sequence', () => {
    const bad = [...lines5];
    bad[5] = bad[5].replace(/^b\)/, 'c)');
    const e = parseError(bad.join('\n'));
    expect(e.line).toBe(6);
    expect(e.message).toContain('label "c)" out of sequence; expected "b)"');
  });

  it('tab-less item', () => {
    const bad = [...lines5];
    bad[5] = bad[5].replace(/^b\)\t/, 'b) ');
    const e = parseError(bad.join('\n'));
    expect(e.line).toBe(6);
    expect(e.message).toContain('must be followed by a tab');
  });

  it('footnote reference without a body', () => {
    const bad = lines5.filter((l) => !l.startsWith('[^1]:'));
    const e = parseError(bad.join('\n'));
    expect(e.line).toBe(5);
    expect(e.message).toContain('[^1] has no body');
  });

  it('footnote body without a reference', () => {
    const bad = lines5.map((l) => l.replace('[^1]', ''));
    bad[bad.length - 2] = '[^1]: These include the least developed countries.';
    const e = parseError(bad.join('\n'));
    expect(e.line).toBe(51);
    expect(e.message).toContain('never referenced');
  });

  it('text after the footnotes', () => {
    const e = parseError(`${RES5}considering\n`);
    expect(e.line).toBe(52);
    expect(e.message).toContain('footnotes come last');
  });

  it('an unknown label', () => {
    const bad = [...lines5];
    bad[5] = bad[5].replace(/^b\)/, '(b)');
    expect(parseError(bad.join('\n')).message).toContain('"(b)" is not an item label');
  });

  it('carriage returns', () => {
    expect(parseError(RES5.replace(/\n/g, '\r\n')).message).toContain('carriage return');
  });

  it('a call with nothing under it', () => {
    const bad = [...lines5];
    bad.splice(4, 0, 'noting');
    const e = parseError(bad.join('\n'));
    expect(e.line).toBe(5);
    expect(e.message).toContain('expected text under the call "considering"');
  });
});
