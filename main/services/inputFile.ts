import { closeSync, constants, fstatSync, openSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeText, TextDecodeError, type DecodedText, type DecodeOptions } from '../../shared/text/decodeText';

/**
 * THE GUARDED READER for every file the product reads as text (drafts, baselines, contributions):
 * stat first and refuse folders, FIFOs, devices and sockets before opening; refuse a file over the
 * size limit before reading a byte; open non-blocking (a FIFO swapped in after the stat cannot
 * hang the reader) and read at most `maxBytes + 1` bytes, so nothing can grow memory unbounded.
 */

/** Which file an input was: device and inode, so an output can be told apart from every input. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** An input that was read: what the user called it and which file it was (`null` for a pipe or a terminal). */
export interface InputRecord {
  name: string;
  identity: FileIdentity | null;
}

/** An input refused before or while reading it; nothing was read or changed. */
export class InputRefusedError extends Error {
  constructor(
    /** The name the input was given (`draft.txt`, `standard input`), or `null` when the caller names it. */
    readonly input: string | null,
    /** What is wrong, in the user's words (`it is a folder, not a file`). */
    readonly problem: string,
    /** The Node error code for the plain cases (ENOENT, EACCES, EISDIR), so callers can keep their own wording. */
    readonly code?: string,
  ) {
    super(input === null ? problem : `${input}: ${problem}`);
    this.name = 'InputRefusedError';
  }
}

/** How to read one input. */
export interface GuardOptions {
  /** Refuse a file larger than this before reading it. */
  maxBytes: number;
  /** The name for messages; `null`: messages without a name (the caller prefixes its own). */
  label?: string | null;
  /** What the input should be, for the size message: `a resolution text`, `a contribution file`. */
  what?: string;
}

function megabytes(n: number | bigint): string {
  return `${(Number(n) / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this kind is not read, or `null` for a regular file. */
function kindProblem(st: BigIntStats): { problem: string; code?: string } | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return { problem: 'it is a folder, not a file', code: 'EISDIR' };
  if (st.isFIFO()) return { problem: 'it is a FIFO (named pipe), not a file; to read a pipe, give "-" and redirect it to standard input' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { problem: 'it is a device, not a file' };
  if (st.isSocket()) return { problem: 'it is a socket, not a file' };
  return { problem: 'it is not a regular file' };
}

function refuse(o: GuardOptions, path: string, problem: string, code?: string): InputRefusedError {
  return new InputRefusedError(o.label === undefined ? path : o.label, problem, code);
}

function checkStat(st: BigIntStats, path: string, o: GuardOptions): void {
  const kind = kindProblem(st);
  if (kind) throw refuse(o, path, kind.problem, kind.code);
  if (st.size > BigInt(o.maxBytes)) {
    throw refuse(o, path, `it is ${megabytes(st.size)}; ${o.what ?? 'a text input'} is at most ${megabytes(o.maxBytes)}, so this is not one (nothing was read)`);
  }
}

function systemError(e: unknown, path: string, o: GuardOptions): Error {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(o, path, 'no such file', 'ENOENT');
  if (code === 'EACCES' || code === 'EPERM') return refuse(o, path, 'permission denied', code);
  if (code === 'EISDIR') return refuse(o, path, 'it is a folder, not a file', 'EISDIR');
  if (code === 'ELOOP') return refuse(o, path, 'too many symbolic links (a link that points to itself?)', code);
  return e instanceof Error ? e : new Error(String(e));
}

/** Reads past the size a stat reported (a file still growing) are cut at `maxBytes + 1` and refused. */
function tooLong(path: string, o: GuardOptions): InputRefusedError {
  return refuse(o, path, `it is larger than ${megabytes(o.maxBytes)}; ${o.what ?? 'a text input'} is at most that, so this is not one`);
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of one input file and which file it was, read by the guarded rule. */
export interface ReadBytes {
  bytes: Uint8Array;
  identity: FileIdentity;
}

/** A regular file opened by the guarded rule: its descriptor (close it), size and identity. */
export interface OpenedInput {
  fd: number;
  size: number;
  identity: FileIdentity;
}

/**
 * Open a file by the guarded rule without reading it (for readers that read only the parts they
 * need, such as the Word reader): a folder, FIFO, device or socket is refused before it is opened,
 * a file over `maxBytes` from its size; the descriptor is opened non-blocking and checked again.
 */
export function openInputSync(path: string, o: GuardOptions): OpenedInput {
  let fd: number;
  try {
    checkStat(statSync(path, { bigint: true }), path, o);
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw e instanceof InputRefusedError ? e : systemError(e, path, o);
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    checkStat(st, path, o);
    return { fd, size: Number(st.size), identity: { dev: st.dev, ino: st.ino } };
  } catch (e) {
    closeSync(fd);
    throw e instanceof InputRefusedError ? e : systemError(e, path, o);
  }
}

/** Read a file's bytes by the guarded rule (synchronous). */
export function readInputBytesSync(path: string, o: GuardOptions): ReadBytes {
  const { fd, identity } = openInputSync(path, o);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, o.maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > o.maxBytes) throw tooLong(path, o);
    }
    return { bytes: new Uint8Array(Buffer.concat(chunks, total)), identity };
  } catch (e) {
    throw e instanceof InputRefusedError ? e : systemError(e, path, o);
  } finally {
    closeSync(fd);
  }
}

/** {@link readInputBytesSync} without blocking the event loop. */
export async function readInputBytes(path: string, o: GuardOptions): Promise<ReadBytes> {
  let h;
  try {
    checkStat(await stat(path, { bigint: true }), path, o);
    h = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw e instanceof InputRefusedError ? e : systemError(e, path, o);
  }
  try {
    const st = await h.stat({ bigint: true });
    checkStat(st, path, o);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, o.maxBytes + 1 - total));
      const { bytesRead } = await h.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > o.maxBytes) throw tooLong(path, o);
    }
    return { bytes: new Uint8Array(Buffer.concat(chunks, total)), identity: { dev: st.dev, ino: st.ino } };
  } catch (e) {
    throw e instanceof InputRefusedError ? e : systemError(e, path, o);
  } finally {
    await h.close();
  }
}

/** A text input read and decoded: its text, notices for the user, which file it was. */
export interface ReadText extends DecodedText {
  identity: FileIdentity;
}

function decodeGuarded(bytes: Uint8Array, path: string, o: GuardOptions & Omit<DecodeOptions, 'name'>): DecodedText {
  const label = o.label === undefined ? path : o.label;
  try {
    return decodeText(bytes, { name: label ?? basename(path), lineEnds: o.lineEnds, trailingBlankLines: o.trailingBlankLines });
  } catch (e) {
    if (e instanceof TextDecodeError && label === null) throw new InputRefusedError(null, e.problem);
    throw e;
  }
}

/**
 * Read a text file by the guarded rule and decode it by the shared rule (`shared/text/decodeText.ts`).
 * Throws {@link InputRefusedError} (or `TextDecodeError`) naming the file and the problem.
 */
export function readTextInputSync(path: string, o: GuardOptions & Omit<DecodeOptions, 'name'>): ReadText {
  const { bytes, identity } = readInputBytesSync(path, o);
  return { ...decodeGuarded(bytes, path, o), identity };
}

/** {@link readTextInputSync} without blocking the event loop. */
export async function readTextInput(path: string, o: GuardOptions & Omit<DecodeOptions, 'name'>): Promise<ReadText> {
  const { bytes, identity } = await readInputBytes(path, o);
  return { ...decodeGuarded(bytes, path, o), identity };
}

/**
 * Runs a read, rethrowing an input it refuses (by the guarded rule, or by the decoding rule) as
 * `as(message)`: each caller's own kind of error, with the message that names the input.
 */
export function refusedAs<T>(read: () => T, as: (message: string) => Error): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputRefusedError || e instanceof TextDecodeError) throw as(e.message);
    throw e;
  }
}

/** Device and inode of an existing file (through symlinks), or `null`. */
export function fileIdentity(path: string): FileIdentity | null {
  try {
    const st = statSync(path, { bigint: true });
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * The first `n` bytes of a regular file (a folder, FIFO or device is refused first, as by the
 * guarded reader), to tell what a large file is before deciding to read it whole.
 */
export function readHeadSync(path: string, n: number, o: Omit<GuardOptions, 'maxBytes'> = {}): Uint8Array {
  const opts = { ...o, maxBytes: Number.MAX_SAFE_INTEGER };
  let fd: number;
  try {
    checkStat(statSync(path, { bigint: true }), path, opts);
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw e instanceof InputRefusedError ? e : systemError(e, path, opts);
  }
  try {
    checkStat(fstatSync(fd, { bigint: true }), path, opts);
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return new Uint8Array(buf.subarray(0, got));
  } catch (e) {
    throw e instanceof InputRefusedError ? e : systemError(e, path, opts);
  } finally {
    closeSync(fd);
  }
}
