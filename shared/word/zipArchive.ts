import { Inflate, strFromU8 } from 'fflate';
import { DocxReadError, megabytes, type WordReadLimits } from './readLimits';

/**
 * Random access to the bytes of a file: the host reads them (a file descriptor), tests give
 * memory. The reader asks only for the zip directory and the entries it uses.
 */
export interface ByteSource {
  /** The file's size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Uint8Array;
}

/**
 * A native inflater a host may provide (Node's zlib): one entry's raw DEFLATE data in, its
 * inflated bytes out, or `undefined` as soon as they would pass `maxBytes` (so it never holds
 * more). It throws on data that is no DEFLATE stream.
 */
export type RawInflater = (compressed: Uint8Array, maxBytes: number) => Uint8Array | undefined;

/** A {@link ByteSource} over bytes already in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

/** One entry of the zip directory (the central directory is the truth, as for Word). */
export interface ZipEntry {
  /** The entry's name as stored (`word/document.xml`). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the directory declares; never trusted while inflating. */
  declaredSize: number;
  localOffset: number;
}

/** The directory of a zip package, by lower-cased name (part names compare without case, ECMA-376 Part 2). */
export type ZipDirectory = Map<string, ZipEntry>;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** How much compressed input is inflated at once: DEFLATE expands at most ~1032×, so one step yields at most ~4 MB. */
const INFLATE_STEP = 4096;
const READ_BLOCK = 64 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function damaged(name: string, detail: string): DocxReadError {
  return new DocxReadError(`${name}: is damaged (the zip package cannot be read: ${detail})`);
}

function readExactly(src: ByteSource, offset: number, length: number, name: string, what: string): Uint8Array {
  if (offset < 0 || length < 0 || offset + length > src.size) throw damaged(name, `${what} lies outside the file`);
  const b = src.read(offset, length);
  if (b.length !== length) throw damaged(name, `${what} is cut short`);
  return b;
}

/** The end-of-directory record: where the directory is and how many entries it declares. */
function endOfDirectory(src: ByteSource, name: string): { entries: number; offset: number; size: number } {
  const tailLength = Math.min(src.size, 22 + MAX16);
  const tail = readExactly(src, src.size - tailLength, tailLength, name, 'the end of the directory');
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) !== EOCD) continue;
    let entries = u16(tail, i + 10);
    let size = u32(tail, i + 12);
    let offset = u32(tail, i + 16);
    if (u16(tail, i + 4) !== 0 || u16(tail, i + 6) !== 0) throw new DocxReadError(`${name}: is a zip split over several files; a Word document is one file`);
    if (entries === MAX16 || size === MAX32 || offset === MAX32) {
      const at = src.size - tailLength + i - 20;
      if (at < 0) throw damaged(name, 'the Zip64 directory record is missing');
      const locator = readExactly(src, at, 20, name, 'the Zip64 locator');
      if (u32(locator, 0) !== EOCD64_LOCATOR) throw damaged(name, 'the Zip64 directory record is missing');
      const record = readExactly(src, u64(locator, 8), 56, name, 'the Zip64 directory record');
      if (u32(record, 0) !== EOCD64) throw damaged(name, 'the Zip64 directory record is missing');
      entries = u64(record, 32);
      size = u64(record, 40);
      offset = u64(record, 48);
    }
    return { entries, offset, size };
  }
  throw damaged(name, 'its directory is missing at the end of the file; the file may be cut short');
}

/** Zip64 sizes and offset, present in an entry's extra field for each value stored as 0xFFFFFFFF. */
function zip64Values(extra: Uint8Array, wanted: number): number[] {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = u16(extra, i);
    const len = u16(extra, i + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let k = 0; k < wanted && 8 * k + 8 <= len; k++) out.push(u64(extra, i + 4 + 8 * k));
      return out;
    }
    i += 4 + len;
  }
  return [];
}

/**
 * Read the zip directory of a .docx within `limits`: entry count, declared sizes (all entries
 * together, and the ratio of each large one) and duplicate names (compared without case) are
 * refused before any entry is inflated.
 */
export function readZipDirectory(src: ByteSource, name: string, limits: WordReadLimits): ZipDirectory {
  const end = endOfDirectory(src, name);
  if (end.entries > limits.maxEntries) {
    throw new DocxReadError(`${name}: its zip package holds ${end.entries} entries; a Word document has at most ${limits.maxEntries} (nothing was inflated)`);
  }
  if (end.size > 1024 * end.entries + 65536) throw damaged(name, 'the directory is larger than its entries');
  const dir = readExactly(src, end.offset, end.size, name, 'the directory');
  const out: ZipDirectory = new Map();
  let declared = 0;
  let at = 0;
  for (let n = 0; n < end.entries; n++) {
    if (at + 46 > dir.length || u32(dir, at) !== CENTRAL) throw damaged(name, `directory entry ${n + 1} is malformed`);
    const flags = u16(dir, at + 8);
    const method = u16(dir, at + 10);
    let compressedSize = u32(dir, at + 20);
    let declaredSize = u32(dir, at + 24);
    const nameLength = u16(dir, at + 28);
    const extraLength = u16(dir, at + 30);
    const commentLength = u16(dir, at + 32);
    let localOffset = u32(dir, at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > dir.length) throw damaged(name, `directory entry ${n + 1} is cut short`);
    const entryName = strFromU8(dir.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800));
    const big = [declaredSize, compressedSize, localOffset].filter((v) => v === MAX32).length;
    if (big > 0) {
      const values = zip64Values(dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), big);
      let k = 0;
      if (declaredSize === MAX32) declaredSize = values[k++] ?? MAX32;
      if (compressedSize === MAX32) compressedSize = values[k++] ?? MAX32;
      if (localOffset === MAX32) localOffset = values[k] ?? MAX32;
    }
    const key = entryName.toLowerCase();
    if (out.has(key)) {
      throw new DocxReadError(`${name}: is damaged (its zip package holds ${entryName} twice; Word and this program refuse such a package, since either copy could be read)`);
    }
    declared += declaredSize;
    if (declared > limits.maxDeclaredBytes) {
      throw new DocxReadError(
        `${name}: its zip package declares more than ${megabytes(limits.maxDeclaredBytes)} of content (${entryName}: ${megabytes(declaredSize)}); a Word contribution is far smaller, so this is not one (nothing was inflated)`,
      );
    }
    if (declaredSize > limits.ratioFloorBytes && declaredSize > limits.maxRatio * Math.max(1, compressedSize)) {
      throw new DocxReadError(`${name}: ${entryName} declares ${megabytes(declaredSize)} packed into ${compressedSize} bytes, a compression no document reaches (a zip bomb?); nothing was inflated`);
    }
    out.set(key, { name: entryName, method, flags, compressedSize, declaredSize, localOffset });
    at = next;
  }
  return out;
}

/**
 * Inflate one entry, handing the inflated bytes to `sink` in chunks. The inflated size is counted
 * while inflating, never taken from the directory: past `maxBytes`, or past `limits.maxRatio`
 * inflated bytes per compressed byte (above `limits.ratioFloorBytes`), reading stops with an error
 * naming the part. Without `native`, fflate inflates as a stream, a few kilobytes at a time; with
 * it, the native inflater inflates the entry at once, never past `maxBytes`.
 */
export function inflateEntry(src: ByteSource, entry: ZipEntry, name: string, maxBytes: number, limits: WordReadLimits, sink: (chunk: Uint8Array) => void, native?: RawInflater): void {
  if (entry.flags & 1) throw new DocxReadError(`${name}: ${entry.name} is encrypted; open the document in Word, remove the password and save it again`);
  if (entry.method !== 0 && entry.method !== 8) throw damaged(name, `${entry.name} is compressed with method ${entry.method}; Word uses only DEFLATE`);
  const local = readExactly(src, entry.localOffset, 30, name, `the header of ${entry.name}`);
  if (u32(local, 0) !== LOCAL) throw damaged(name, `the header of ${entry.name} is missing`);
  const start = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  const end = start + entry.compressedSize;
  if (end > src.size) throw damaged(name, `${entry.name} runs past the end of the file`);
  let total = 0;
  let consumed = 0;
  /** What the sink threw (a parser's error passes through, it is not the entry's). */
  let fromSink: unknown;
  const tooLarge = (): DocxReadError =>
    new DocxReadError(`${name}: ${entry.name} inflates to more than ${megabytes(maxBytes)}; a Word contribution is far smaller, so this is not one (reading stopped there)`);
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge();
    if (total > limits.ratioFloorBytes && total > limits.maxRatio * Math.max(1, consumed)) {
      throw new DocxReadError(`${name}: ${entry.name} inflates more than ${limits.maxRatio} times its packed size, as no document does (a zip bomb?); reading stopped`);
    }
    if (chunk.length === 0) return;
    try {
      sink(chunk);
    } catch (e) {
      fromSink = e;
      throw e;
    }
  };
  if (entry.method === 0) {
    for (let at = start; at < end; at += READ_BLOCK) {
      const block = readExactly(src, at, Math.min(READ_BLOCK, end - at), name, entry.name);
      consumed += block.length;
      take(block.slice());
    }
    return;
  }
  if (native) {
    // DEFLATE packs any data in at most ~0.1% more than it unpacks: more packed than the limit is not a part within it
    if (entry.compressedSize > maxBytes + (maxBytes >> 9) + 1024) throw tooLarge();
    let out: Uint8Array | undefined;
    try {
      out = native(readExactly(src, start, entry.compressedSize, name, entry.name), maxBytes);
    } catch (e) {
      throw damaged(name, `${entry.name} does not inflate: ${(e as Error).message}`);
    }
    if (out === undefined) throw tooLarge();
    consumed = entry.compressedSize;
    for (let at = 0; at < out.length || at === 0; at += READ_BLOCK * 16) {
      take(out.subarray(at, Math.min(out.length, at + READ_BLOCK * 16)));
      if (out.length === 0) break;
    }
    return;
  }
  const inflate = new Inflate((chunk) => take(chunk));
  try {
    if (start === end) inflate.push(new Uint8Array(0), true);
    for (let at = start; at < end; at += READ_BLOCK) {
      const block = readExactly(src, at, Math.min(READ_BLOCK, end - at), name, entry.name);
      for (let i = 0; i < block.length; i += INFLATE_STEP) {
        const step = block.subarray(i, Math.min(block.length, i + INFLATE_STEP));
        consumed += step.length;
        inflate.push(step, at + i + step.length >= end);
      }
    }
  } catch (e) {
    if (e instanceof DocxReadError || (fromSink !== undefined && e === fromSink)) throw e;
    throw damaged(name, `${entry.name} does not inflate: ${(e as Error).message}`);
  }
}
