import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromImportedText, normalizeImportedText } from '../../shared/text/fromImportedText';
import { ResolutionParseError } from '../../shared/text/parseError';

const RES5 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-5.txt'), 'utf8');

describe('importing text copied from Word or a web page', () => {
  it('leaves a text already in the layout byte for byte', () => {
    expect(normalizeImportedText(RES5)).toBe(RES5);
  });

  it('turns CRLF, blank lines, indentation and spaced labels into the layout', () => {
    const pasted = RES5.replace(/\n/g, '\r\n\r\n').replace(/^([a-z]\))\t/gm, '  $1   ').replace(/^1\t/m, '1 ');
    expect(normalizeImportedText(pasted)).toBe(RES5);
  });

  it('reads a hyphen used as a dash label as the en dash', () => {
    expect(normalizeImportedText('- first;\r\n- second.')).toBe('\u2013\tfirst;\n\u2013\tsecond.\n');
  });

  it('keeps no-break spaces and non-breaking hyphens inside lines', () => {
    const { resolution } = fromImportedText(RES5);
    expect(resolution.calls[1].blocks.length).toBe(1);
    expect(normalizeImportedText('a)  ITU\u2011D in Resolution\u00A05;')).toBe('a)\tITU\u2011D in Resolution\u00A05;\n');
  });

  it('an import that is not a resolution names the line', () => {
    expect(() => fromImportedText(RES5.replace('\nb)\t', '\nd)\t'))).toThrow(ResolutionParseError);
    expect(() => fromImportedText(RES5.replace('\nb)\t', '\nd)\t'))).toThrow('line 6: label "d)" out of sequence');
  });
});
