/**
 * Windows-1252, the Western European code page Windows editors write as "ANSI": Latin-1 with
 * printable characters (€ ‚ „ … ‘ ’ “ ” – — ™ œ …) in place of the C1 controls 0x80–0x9F.
 * Five bytes are undefined in it; a file holding one of them is not Windows-1252.
 */

/** Code points of bytes 0x80–0x9F; `0` marks the five undefined bytes (0x81 0x8D 0x8F 0x90 0x9D). */
const HIGH: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** The offset of the first byte Windows-1252 leaves undefined, or -1. */
export function undefinedWindows1252Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80 && b <= 0x9f && HIGH[b - 0x80] === 0) return i;
  }
  return -1;
}

/** Decode Windows-1252 (every byte maps to one character; call {@link undefinedWindows1252Byte} first). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let off = 0; off < bytes.length; off += CHUNK) {
    const units: number[] = [];
    const end = Math.min(bytes.length, off + CHUNK);
    for (let i = off; i < end; i++) {
      const b = bytes[i];
      units.push(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b);
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

/**
 * Whether the non-ASCII bytes read like a Western European text: accented letters stand mostly
 * alone between ASCII letters (é, ñ, ß). Texts in other 8-bit code pages (Cyrillic, Greek, Arabic,
 * Hebrew) or double-byte encodings put whole words of non-ASCII bytes in a row; `firstRun` is the
 * offset of the first such run of three or more (or -1).
 */
export function westernTextCheck(bytes: Uint8Array): { western: boolean; firstRun: number } {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  let firstRun = -1;
  const endRun = (end: number): void => {
    if (run >= 3) {
      inLongRuns += run;
      if (firstRun < 0) firstRun = end - run;
    }
    run = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) {
      high++;
      run++;
    } else endRun(i);
  }
  endRun(bytes.length);
  return { western: inLongRuns * 4 <= high, firstRun };
}
