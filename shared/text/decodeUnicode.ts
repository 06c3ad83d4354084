/**
 * Strict decoders for the Unicode encodings a text input may arrive in. Each returns the decoded
 * string, or the byte offset of the first sequence that is not valid in that encoding; none ever
 * substitutes U+FFFD, so a wrong guess is detected instead of silently damaging the text.
 */

/** A strict decode: the text, or where the bytes stop being valid. */
export type StrictDecode = { ok: true; text: string } | { ok: false; offset: number };

const CHUNK = 8192;

function joinUnits(units: number[], parts: string[]): void {
  parts.push(String.fromCharCode(...units));
  units.length = 0;
}

/**
 * UTF-8 as the Unicode standard defines it: no overlong forms, no encoded surrogates, nothing
 * above U+10FFFF, no truncated sequence at the end.
 */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): StrictDecode {
  const parts: string[] = [];
  const units: number[] = [];
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    let cp: number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      units.push(b);
      i++;
      if (units.length >= CHUNK) joinUnits(units, parts);
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
      min = 0x10000;
    } else {
      return { ok: false, offset: i };
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { ok: false, offset: i };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { ok: false, offset: i };
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      units.push(cp);
    }
    i += need + 1;
    if (units.length >= CHUNK) joinUnits(units, parts);
  }
  joinUnits(units, parts);
  return { ok: true, text: parts.join('') };
}

/** Whether the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
export function hasUtf8MultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0xc2 || b > 0xf4) continue;
    const need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

/**
 * UTF-16 in the given byte order: an odd byte count, or a surrogate without its partner, is
 * invalid (reported at the offset of the offending code unit).
 */
export function decodeUtf16Strict(bytes: Uint8Array, littleEndian: boolean, start = 0): StrictDecode {
  if ((bytes.length - start) % 2 !== 0) return { ok: false, offset: bytes.length - 1 };
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = start; i < bytes.length; i += 2) {
    const u = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (u >= 0xd800 && u <= 0xdbff) {
      const j = i + 2;
      const next = j + 1 < bytes.length ? (littleEndian ? bytes[j] | (bytes[j + 1] << 8) : (bytes[j] << 8) | bytes[j + 1]) : -1;
      if (next < 0xdc00 || next > 0xdfff) return { ok: false, offset: i };
      units.push(u, next);
      i = j;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return { ok: false, offset: i };
    } else {
      units.push(u);
    }
    if (units.length >= CHUNK) joinUnits(units, parts);
  }
  joinUnits(units, parts);
  return { ok: true, text: parts.join('') };
}
