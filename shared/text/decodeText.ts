import { decodeUtf16Strict, decodeUtf8Strict, hasUtf8MultiByte } from './decodeUnicode';
import { decodeWindows1252, undefinedWindows1252Byte, westernTextCheck } from './windows1252';

/**
 * THE RULE FOR READING TEXT, shared by the app, the browser host and the CLI:
 *
 * - UTF-8, with or without a byte-order mark: read as is (the mark is not text).
 * - UTF-16 LE or BE, with or without a byte-order mark: decoded, with a notice.
 * - Not UTF-8, but a Western European 8-bit text (Latin-1 / Windows-1252): decoded as
 *   Windows-1252, with a notice that shows a decoded word so the user can check it.
 * - Anything else (UTF-32, other code pages, UTF-8 mixed with another encoding, binary data):
 *   refused with a {@link TextDecodeError} that names the encoding or the byte and line.
 * - CR LF and lone CR line ends become LF, with a notice (unless `lineEnds: 'keep'`).
 * - Blank lines at the end are dropped (unless `trailingBlankLines: 'keep'`).
 *
 * No character is ever replaced by U+FFFD: a byte that does not decode is an error, never a guess.
 */

/** The encodings a text input is decoded from. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** Largest text input read (a resolution text is a few dozen KB; a contribution sets its own limit). */
export const MAX_TEXT_INPUT_BYTES = 16 * 1024 * 1024;

/** How to read one input. */
export interface DecodeOptions {
  /** What the user calls the input, for messages: a file name, `standard input`. */
  name: string;
  /** `normalize` (default): CR LF and CR become LF, with a notice. `keep`: line ends as they are. */
  lineEnds?: 'normalize' | 'keep';
  /** `trim` (default): blank lines at the end are dropped, leaving one final newline. */
  trailingBlankLines?: 'trim' | 'keep';
}

/** A decoded input: its text, the encoding it was read in, and what the user must be told. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Sentences for the user (the CLI prints them on stderr, the app shows them); empty when nothing was converted. */
  notices: string[];
}

/** An input that is not text in an encoding the product reads; nothing was decoded. */
export class TextDecodeError extends Error {
  constructor(
    /** The input's name as given in {@link DecodeOptions.name}. */
    readonly input: string,
    /** The encoding the bytes are in, when it could be told (`UTF-32LE`), else `null`. */
    readonly encoding: string | null,
    /** What is wrong, without the input's name. */
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = 'TextDecodeError';
  }
}

const SAVE_AS_UTF8 = 'save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)';

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** 1-based line of a byte offset in an ASCII-compatible encoding. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Where NUL bytes sit: UTF-16 text has one in every other byte (ASCII letters), UTF-32 three in four. */
function nulPattern(bytes: Uint8Array): 'none' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'binary' {
  const n = Math.min(bytes.length, 65536);
  const at = [0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      at[i % 4]++;
      total++;
    }
  }
  if (total === 0) return 'none';
  const quads = Math.floor(n / 4);
  if (quads > 0 && at[1] >= quads / 2 && at[2] >= quads / 2) return at[3] >= at[0] ? 'utf32le' : 'utf32be';
  if (at[1] + at[3] >= 0.9 * total) return 'utf16le';
  if (at[0] + at[2] >= 0.9 * total) return 'utf16be';
  return 'binary';
}

/**
 * UTF-16 without a byte-order mark is taken only when it decodes and reads as lines of text: an
 * 8-bit file with stray NUL bytes decodes to CJK-looking noise without a single line end.
 */
function plausibleUtf16(bytes: Uint8Array, littleEndian: boolean): boolean {
  const r = decodeUtf16Strict(bytes, littleEndian);
  // eslint-disable-next-line no-control-regex
  return r.ok && !/[\x00-\x08\x0B\x0C\x0E-\x1F]/.test(r.text) && (r.text.includes('\n') || r.text.length < 200);
}

function utf16(bytes: Uint8Array, littleEndian: boolean, bom: boolean, name: string, notices: string[]): { text: string; encoding: TextEncoding } {
  const encoding: TextEncoding = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  const r = decodeUtf16Strict(bytes, littleEndian, bom ? 2 : 0);
  if (!r.ok) throw new TextDecodeError(name, encoding, `reads as ${encoding} but is damaged at byte ${r.offset} (an unpaired surrogate or an odd byte count); ${SAVE_AS_UTF8}`);
  notices.push(`${name}: decoded from ${encoding}${bom ? '' : ' (no byte-order mark)'}; the text itself is unchanged`);
  return { text: r.text, encoding };
}

/** The first word with a non-ASCII letter and its line, to show the user what a guess produced. */
function sampleWord(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const shown = lines[i].split(/[^\p{L}\p{N}'\u2019-]+/u).find((w) => /(?=\P{ASCII})\p{L}/u.test(w));
    if (shown) return `line ${i + 1} reads "${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}"`;
  }
  return 'no letter outside ASCII: only symbols such as § or curly quotes were decoded';
}

function legacy(bytes: Uint8Array, offset: number, name: string, notices: string[]): { text: string; encoding: TextEncoding } {
  const where = `byte ${hex(bytes[offset])} on line ${lineOfByte(bytes, offset)}`;
  if (hasUtf8MultiByte(bytes)) {
    throw new TextDecodeError(name, null, `mixes UTF-8 with another encoding: ${where} is not UTF-8 while other characters are; ${SAVE_AS_UTF8}`);
  }
  const undefinedAt = undefinedWindows1252Byte(bytes);
  if (undefinedAt >= 0) {
    throw new TextDecodeError(name, null, `is not UTF-8, Latin-1/Windows-1252 or UTF-16 text (byte ${hex(bytes[undefinedAt])} on line ${lineOfByte(bytes, undefinedAt)}); ${SAVE_AS_UTF8}`);
  }
  const western = westernTextCheck(bytes);
  if (!western.western) {
    const at = western.firstRun;
    throw new TextDecodeError(
      name,
      null,
      `is not UTF-8 (bytes ${hex(bytes[at])} ${hex(bytes[at + 1])} ${hex(bytes[at + 2])}… on line ${lineOfByte(bytes, at)}) and does not read as Latin-1/Windows-1252: it looks like another 8-bit code page (Cyrillic, Greek, Arabic …) or a double-byte encoding; ${SAVE_AS_UTF8}`,
    );
  }
  const text = decodeWindows1252(bytes);
  notices.push(`${name}: not UTF-8; decoded as Latin-1/Windows-1252 (${sampleWord(text)}); if that looks wrong, ${SAVE_AS_UTF8}`);
  return { text, encoding: 'Windows-1252' };
}

function decodeBytes(bytes: Uint8Array, name: string, notices: string[]): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const r = decodeUtf8Strict(bytes, 3);
    if (!r.ok) throw new TextDecodeError(name, 'UTF-8', `starts with a UTF-8 byte-order mark, but byte ${hex(bytes[r.offset])} on line ${lineOfByte(bytes, r.offset)} is not UTF-8; ${SAVE_AS_UTF8}`);
    return { text: r.text, encoding: 'UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'UTF-32LE' : 'UTF-32BE';
    throw new TextDecodeError(name, encoding, `is ${encoding} text, which is not read here; ${SAVE_AS_UTF8}`);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, true, true, name, notices);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, false, true, name, notices);
  const nul = nulPattern(bytes);
  if ((nul === 'utf16le' || nul === 'utf16be') && plausibleUtf16(bytes, nul === 'utf16le')) return utf16(bytes, nul === 'utf16le', false, name, notices);
  if (nul === 'utf32le' || nul === 'utf32be') {
    const encoding = nul === 'utf32le' ? 'UTF-32LE' : 'UTF-32BE';
    throw new TextDecodeError(name, encoding, `looks like ${encoding} text, which is not read here; ${SAVE_AS_UTF8}`);
  }
  if (nul !== 'none') {
    const at = bytes.indexOf(0);
    throw new TextDecodeError(name, null, `holds binary data (a NUL byte on line ${lineOfByte(bytes, at)}): it is not a text file`);
  }
  const r = decodeUtf8Strict(bytes);
  if (r.ok) return { text: r.text, encoding: 'UTF-8' };
  return legacy(bytes, r.offset, name, notices);
}

/** Turn CR LF and lone CR into LF; says which it found. */
function normalizeLineEnds(text: string, name: string, notices: string[]): string {
  if (!text.includes('\r')) return text;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lone = (text.match(/\r(?!\n)/g) ?? []).length;
  const kinds = [crlf > 0 ? 'Windows line ends (CR LF)' : '', lone > 0 ? 'old Mac line ends (CR)' : ''].filter(Boolean).join(' and ');
  notices.push(`${name}: ${kinds} read as plain line ends (LF)`);
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The line part of THE RULE on text already decoded: CR LF and CR become LF (with a notice), blank
 * lines at the end are dropped. For a caller that decoded with both kept and learnt only then
 * that the input is in the resolution text layout (not JSON).
 */
export function tidyLines(text: string, options: DecodeOptions, notices: string[]): string {
  let out = options.lineEnds === 'keep' ? text : normalizeLineEnds(text, options.name, notices);
  if (options.trailingBlankLines !== 'keep') out = out.replace(/\n[ \t\n]*\n[ \t]*$|\n[ \t]+$/, '\n');
  return out;
}

/**
 * Decode the bytes of a text input by THE RULE above. Throws {@link TextDecodeError} (naming the
 * input, and the encoding when known) when the bytes are not text this product reads.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const notices: string[] = [];
  const { text, encoding } = decodeBytes(bytes, options.name, notices);
  return { text: tidyLines(text, options, notices), encoding, notices };
}
