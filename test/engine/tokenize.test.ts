import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../shared/engine/tokenize';

describe('word tokens', () => {
  it('keeps joined words whole and punctuation apart', () => {
    expect(tokenize('Resolution 646 (Rev.WRC‑19) of ITU‑D; §5.1, ITU\'s 1,000 e-mail[^2].')).toEqual([
      'Resolution', ' ', '646', ' ', '(', 'Rev.WRC‑19', ')', ' ', 'of', ' ', 'ITU‑D', ';', ' ', '§', '5.1', ',', ' ', "ITU's", ' ', '1,000', ' ', 'e-mail', '[^2]', '.',
    ]);
  });

  it('joins back to the text exactly, whatever the text', () => {
    for (const t of ['', '  a  b  ', 'x\u00A0y', '“quoted” … – end', 'C1, C3, C6', 'a-', '-a', "'s", '1,', ',1']) {
      expect(tokenize(t).join('')).toBe(t);
    }
  });

  it('counts words, not spaces, punctuation or footnote references', () => {
    expect(countWords('the ITU‑D, in 2022[^1].')).toBe(4);
  });
});
