import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, TextDecodeError } from '../../shared/text/decodeText';
import { decodeUtf8Strict } from '../../shared/text/decodeUnicode';

const enc = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: (number[] | Buffer)[]): Uint8Array => new Uint8Array(Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))));
const read = (b: Uint8Array, o: Partial<Parameters<typeof decodeText>[1]> = {}) => decodeText(b, { name: 'draft.txt', ...o });

const TEXT = 'RESOLUTION 34 (Rev.\u00A0Kigali, 2022)\nRôle des télécommunications – ITU\u2011D “quotes” §5 …\nconsidering\na)\tthat développement,\n';

function refusal(b: Uint8Array): TextDecodeError {
  try {
    read(b);
  } catch (e) {
    expect(e).toBeInstanceOf(TextDecodeError);
    return e as TextDecodeError;
  }
  throw new Error('expected the input to be refused');
}

describe('decodeText: the one rule for reading text', () => {
  it('reads UTF-8 with or without a byte-order mark as the same text, with no notice', () => {
    expect(read(enc(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-8', notices: [] });
    expect(read(bytes([0xef, 0xbb, 0xbf], Buffer.from(TEXT)))).toEqual({ text: TEXT, encoding: 'UTF-8', notices: [] });
  });

  it('agrees with the platform UTF-8 decoder on every valid string, and never yields U+FFFD for invalid bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const r = decodeUtf8Strict(enc(s));
        expect(r).toEqual({ ok: true, text: s });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary' }).map((t) => enc(t).map((x, i) => (i % 7 === 3 ? x ^ 0x40 : x)))), (b) => {
        const r = decodeUtf8Strict(b);
        let platform: string | null;
        try {
          platform = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
        } catch {
          platform = null;
        }
        if (platform === null) expect(r.ok).toBe(false);
        else expect(r).toEqual({ ok: true, text: platform });
      }),
    );
  });

  it('decodes UTF-16 LE and BE, with or without a byte-order mark, and says so', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [b, encoding, bom] of [
      [bytes([0xff, 0xfe], le), 'UTF-16LE', true],
      [bytes([0xfe, 0xff], be), 'UTF-16BE', true],
      [new Uint8Array(le), 'UTF-16LE', false],
      [new Uint8Array(be), 'UTF-16BE', false],
    ] as const) {
      const r = read(b);
      expect(r.text).toBe(TEXT);
      expect(r.encoding).toBe(encoding);
      expect(r.notices).toEqual([`draft.txt: decoded from ${encoding}${bom ? '' : ' (no byte-order mark)'}; the text itself is unchanged`]);
    }
  });

  it('decodes Latin-1 and Windows-1252 with a notice that shows a decoded word', () => {
    const latin1 = new Uint8Array(Buffer.from('considering\na)\tthat le développement est ŕ faire,\n'.replace('ŕ', 'à'), 'latin1'));
    const r = read(latin1);
    expect(r.text).toBe('considering\na)\tthat le développement est à faire,\n');
    expect(r.encoding).toBe('Windows-1252');
    expect(r.notices[0]).toMatch(/^draft\.txt: not UTF-8; decoded as Latin-1\/Windows-1252 \(line 2 reads "développement"\)/);
    // 0x93 0x94 0x96 are curly quotes and the en dash in Windows-1252 (C1 controls in Latin-1)
    const cp1252 = bytes(Buffer.from('a)\t'), [0x93], Buffer.from('Kigali'), [0x94, 0x20, 0x96, 0x20], Buffer.from('ITU,\n'));
    expect(read(cp1252).text).toBe('a)\t“Kigali” – ITU,\n');
  });

  it('refuses UTF-32, other code pages, mixed encodings and binary data, naming the encoding or the byte', () => {
    const u32 = refusal(bytes([0xff, 0xfe, 0, 0], Buffer.from(Array.from('RESOLUTION\n').flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))));
    expect(u32.encoding).toBe('UTF-32LE');
    expect(u32.message).toMatch(/^draft\.txt: is UTF-32LE text, which is not read here; save it as UTF-8/);
    const u32NoBom = refusal(new Uint8Array(Buffer.from(Array.from('RESOLUTION 34\nconsidering\n').flatMap((c) => [0, 0, 0, c.charCodeAt(0)]))));
    expect(u32NoBom.encoding).toBe('UTF-32BE');
    // Windows-1251 Cyrillic: whole words of non-ASCII bytes
    const cyrillic = bytes(Buffer.from('considering\na)\t'), [0xf0, 0xe0, 0xf1, 0xf1, 0xec, 0xe0, 0xf2, 0xf0, 0xe8, 0xe2, 0xe0, 0xff], Buffer.from(',\n'));
    expect(refusal(cyrillic).message).toMatch(/is not UTF-8 \(bytes 0xF0 0xE0 0xF1… on line 2\) and does not read as Latin-1\/Windows-1252/);
    const mixed = bytes(Buffer.from('développement '), [0xe9], Buffer.from('\n'));
    expect(refusal(mixed).message).toMatch(/mixes UTF-8 with another encoding: byte 0xE9 on line 1/);
    expect(refusal(bytes(Buffer.from('a\nb'), [0x81], Buffer.from('c\n'))).message).toMatch(/is not UTF-8, Latin-1\/Windows-1252 or UTF-16 text \(byte 0x81 on line 2\)/);
    expect(refusal(bytes([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x10])).message).toMatch(/holds binary data/);
    expect(refusal(bytes([0xef, 0xbb, 0xbf], Buffer.from('ok '), [0xff])).encoding).toBe('UTF-8');
    expect(refusal(bytes([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00])).message).toMatch(/reads as UTF-16LE but is damaged/);
  });

  it('reads CR LF and CR line ends as LF and says so; keeps them when asked', () => {
    const r = read(enc('a\r\nb\r\nc\r\n'));
    expect(r.text).toBe('a\nb\nc\n');
    expect(r.notices).toEqual(['draft.txt: Windows line ends (CR LF) read as plain line ends (LF)']);
    expect(read(enc('a\rb\r')).notices).toEqual(['draft.txt: old Mac line ends (CR) read as plain line ends (LF)']);
    expect(read(enc('{"a":\r\n1}\r\n'), { lineEnds: 'keep', trailingBlankLines: 'keep' })).toEqual({ text: '{"a":\r\n1}\r\n', encoding: 'UTF-8', notices: [] });
  });

  it('drops blank lines at the end, and nothing else', () => {
    expect(read(enc('a\nb\n\n\n')).text).toBe('a\nb\n');
    expect(read(enc('a\nb  \n \t\n\n  ')).text).toBe('a\nb  \n');
    expect(read(enc('a\nb')).text).toBe('a\nb');
    expect(read(enc('a\n\nb\n')).text).toBe('a\n\nb\n');
    expect(read(enc('a\r\n\r\n\r\n')).text).toBe('a\n');
  });
});
