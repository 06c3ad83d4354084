/**
 * The characters WordprocessingML run content stands for (ECMA-376 Part 1, §17.3.3), where it is
 * not plain text.
 */

/** Symbol-font characters ITU texts use, by their code in the Symbol font. */
const SYMBOL_FONT: Record<number, string> = {
  0x2d: '\u2212', 0xb1: '\u00b1', 0xb3: '\u2265', 0xa3: '\u2264', 0xb4: '\u00d7', 0xb7: '\u2022', 0xae: '\u2192', 0xac: '\u2190',
  0xb0: '\u00b0', 0xb9: '\u2260', 0xbb: '\u2248', 0xd7: '\u22c5', 0xe0: '\u25ca', 0xa5: '\u221e', 0x6d: '\u03bc', 0x70: '\u03c0',
};

/**
 * The character a `w:sym` shows (§17.3.3.30): Symbol-font codes mapped to Unicode, other fonts'
 * private-use codes (`F0A7`) to the Latin-1 character they stand for; `''` for a code that is no
 * character.
 */
export function symbolChar(font: string | undefined, char: string | undefined): string {
  let code = parseInt(char ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '';
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
  if (/^symbol$/i.test(font ?? '') && SYMBOL_FONT[code]) return SYMBOL_FONT[code];
  return textChar(String.fromCodePoint(code));
}

/**
 * The character Word's `w16se:symEx` shows: a code point in hex (an emoji or other symbol that
 * Word 2016 writes with a plain-text fallback).
 */
export function symExChar(char: string | undefined): string {
  const code = parseInt(char ?? '', 16);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? textChar(String.fromCodePoint(code)) : '';
}

/** A lone character as text: a control character or half a surrogate pair is no text. */
function textChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff)) return '';
  return c;
}

/**
 * Text of `w:t` / `w:delText` as the document shows it: a soft hyphen (U+00AD, the character
 * `w:softHyphen` stands for) shows only where a line wraps, so it is not text; a line feed or
 * carriage return inside the element is whitespace (Word shows a space).
 */
export function runText(text: string): string {
  if (!/[\u00ad\r\n]/.test(text)) return text;
  return text.replace(/\u00ad/g, '').replace(/\r\n?|\n/g, ' ');
}
