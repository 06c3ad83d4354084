import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ContributionFileError, readContributionText } from '../../shared/contribution/parseContribution';
import type { Contribution } from '../../shared/contribution/schema';
import { writeFileAtomic, writeFileAtomicAsync } from './atomicWrite';
import { decodeText, TextDecodeError } from '../../shared/text/decodeText';
import { beginsLikeContribution } from './contributionHead';
import { readHeadSync, readInputBytes, readInputBytesSync } from './inputFile';
import { errorCode, whatIsSafe, writeProblem } from './saveErrors';

/**
 * Above this size a file is read only when its first bytes show it is a contribution: the limit
 * exists to refuse files that are obviously something else, never a real contribution.
 */
export const PLAIN_READ_LIMIT_BYTES = 64 * 1024 * 1024;
/** The most a contribution can hold (the longest string JavaScript can build is about 512 MB). */
export const MAX_CONTRIBUTION_BYTES = 512 * 1024 * 1024;
/** How many leading bytes are looked at to recognise a large contribution. */
const SNIFF_BYTES = 4096;

/** What a file held when it was read or written: to notice changes made behind our back. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes (hex). */
  hash: string;
}

/** A contribution as read from disk. */
export interface ReadFile {
  contribution: Contribution;
  stamp: FileStamp;
  /** The schema version of the file (1: the next save rewrites it and keeps a backup). */
  fileSchemaVersion: number;
  bytes: Buffer;
  /** What the user must be told about how the file was read (e.g. decoded from UTF-16 or Latin-1). */
  notices: string[];
}

/** The file changed on disk since it was read (another window, instance or program wrote it). */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`"${basename(path)}" was changed by another window or program since you opened it. Nothing was saved, and both versions are safe: reload theirs, keep yours as a copy, or compare the two.`);
    this.name = 'FileChangedError';
  }
}

/** The SHA-256 of bytes, hex. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function stampOf(st: Stats, bytes: Uint8Array): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, hash: hashOf(bytes) };
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Prefixes an error message with the file name, keeping its kind. */
function inFile(path: string, e: unknown): Error {
  const name = basename(path);
  if (e instanceof ContributionFileError) return new ContributionFileError(e.kind, `Cannot open "${name}": ${e.message}`, e.field);
  switch (errorCode(e)) {
    case 'ENOENT':
      return new Error(`Cannot open "${name}": the file does not exist (${path}); it may have been moved, renamed or deleted.`);
    case 'EACCES':
    case 'EPERM':
      return new Error(`Cannot open "${name}": you do not have permission to read it (${path}).`);
    case 'EBUSY':
      return new Error(`Cannot open "${name}": another program has it locked; close it there and try again.`);
    case 'EISDIR':
      return new Error(`Cannot open "${name}": it is a folder, not a contribution file.`);
    case 'ENOTFILE':
      return new Error(`Cannot open "${name}": it is not a regular file (a device, pipe or socket), so it is not a contribution.`);
    default:
      return new Error(`Cannot open "${name}": the system could not read it${e instanceof Error && !errorCode(e) ? ` (${e.message})` : ''}.`);
  }
}

/** Refuses folders, devices and files too large to be a contribution, before reading a byte. */
function checkReadable(st: Stats, path: string): void {
  if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
  if (st.size <= PLAIN_READ_LIMIT_BYTES) return;
  const tooLarge = (why: string) =>
    new ContributionFileError('too-large', `The file is ${megabytes(st.size)} and ${why}, so it is not a contribution. The file was not changed.`);
  if (st.size > MAX_CONTRIBUTION_BYTES) throw tooLarge(`larger than any contribution can be (${megabytes(MAX_CONTRIBUTION_BYTES)})`);
  // by the guarded rule: a FIFO put in the file's place after the stat is not opened for reading
  if (!beginsLikeContribution(readHeadSync(path, SNIFF_BYTES))) throw tooLarge('does not begin like a contribution');
}

/**
 * What the contribution-file reader calls on the bytes it read: the shared decoding rule (UTF-16
 * or Latin-1 decoded with a notice, never U+FFFD). Bytes that are no text this product reads are
 * "not JSON" to it: a ContributionFileError of kind `not-json` that names the encoding.
 */
export function decodeContributionBytes(bytes: Uint8Array, path: string): { text: string; notices: string[] } {
  try {
    const { text, notices } = decodeText(bytes, { name: basename(path), lineEnds: 'keep', trailingBlankLines: 'keep' });
    return { text, notices };
  } catch (e) {
    if (e instanceof TextDecodeError) throw new ContributionFileError('not-json', `The file is not valid JSON text: it ${e.problem.replace(/^(it )?/, '')}. The file was not changed.`);
    throw e;
  }
}

function parseBytes(bytes: Buffer, path: string): { contribution: Contribution; fileSchemaVersion: number; notices: string[] } {
  const { text, notices } = decodeContributionBytes(bytes, path);
  return { ...readContributionText(text), notices };
}

/**
 * Reads and validates a contribution file. Never writes. Errors say what is wrong: empty, not JSON
 * (truncated), not a contribution, made by a newer version, damaged (which field), not a file.
 */
export function readContributionFile(path: string): ReadFile {
  try {
    const st = statSync(path);
    checkReadable(st, path);
    const bytes = Buffer.from(readInputBytesSync(path, { maxBytes: MAX_CONTRIBUTION_BYTES, label: null }).bytes);
    return { ...parseBytes(bytes, path), stamp: stampOf(st, bytes), bytes };
  } catch (e) {
    throw inFile(path, e);
  }
}

/** {@link readContributionFile} without blocking the event loop. */
export async function readContributionFileAsync(path: string): Promise<ReadFile> {
  try {
    const st = await stat(path);
    checkReadable(st, path);
    const bytes = Buffer.from((await readInputBytes(path, { maxBytes: MAX_CONTRIBUTION_BYTES, label: null })).bytes);
    return { ...parseBytes(bytes, path), stamp: stampOf(st, bytes), bytes };
  } catch (e) {
    throw inFile(path, e);
  }
}

/** Size and modification time of a file (no hash), or `null` when it does not exist. */
export function fileStamp(path: string): Pick<FileStamp, 'size' | 'mtimeMs'> | null {
  try {
    const st = statSync(path);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
}

/**
 * The bytes written for a contribution: settings and proposals with a 2-space indent, then one
 * line per version (the history is deltas: compact lines keep it small), final newline.
 */
export function serializeContribution(c: Contribution): string {
  const { versions, ...head } = c;
  const top = JSON.stringify(head, null, 2);
  const body = versions.length ? `[\n${versions.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]` : '[]';
  return `${top.slice(0, top.lastIndexOf('\n'))},\n  "versions": ${body}\n}\n`;
}

function refusal(path: string, e: unknown): Error {
  const why = e instanceof Error ? e.message.replace(/^Cannot open "[^"]*": /, '') : String(e);
  return new Error(`Refusing to overwrite "${basename(path)}": ${why}`, { cause: e });
}

/** Options of {@link writeContributionFileAsync}. */
export interface WriteOptions {
  /**
   * What the caller last read or wrote at `path`: the write is refused with {@link FileChangedError}
   * when the file now holds anything else. `null`: the file must not exist (a new file).
   * Omitted: no check (the caller asked the user).
   */
  expected?: FileStamp | null;
  /** The schema version of the file as read with `expected` (spares reading it again when unchanged). */
  expectedSchemaVersion?: number;
}

/** Where the bytes of a schema 1 file are kept when it is first rewritten in the current schema. */
export function v1BackupPath(path: string): string {
  return `${path}.v1-backup`;
}

type Existing = Pick<ReadFile, 'stamp' | 'fileSchemaVersion' | 'bytes'>;

async function existing(path: string, options: WriteOptions): Promise<Existing | null> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return null;
    throw e;
  }
  const { expected, expectedSchemaVersion } = options;
  if (expected && expectedSchemaVersion !== undefined && st.isFile() && st.size === expected.size) {
    // the very bytes this document read or wrote (validated then): no need to parse them again
    const bytes = await readFile(path);
    if (hashOf(bytes) === expected.hash) return { stamp: expected, fileSchemaVersion: expectedSchemaVersion, bytes };
  }
  return readContributionFileAsync(path);
}

/** The result of a write. */
export interface Written {
  stamp: FileStamp;
  /** Set when a schema 1 file was replaced: where its old bytes were kept. */
  backup: string | null;
}

/**
 * Writes a contribution atomically. Refuses (and leaves the file alone) when `path` exists but
 * is not a contribution this version can read (one written by a newer version, any other file),
 * and when it changed since `expected`. A schema 1 file is first copied to {@link v1BackupPath}.
 * A failure says what happened and what is safe, in the user's words.
 */
export async function writeContributionFileAsync(path: string, c: Contribution, options: WriteOptions = {}): Promise<Written> {
  let before: Existing | null;
  try {
    before = await existing(path, options);
  } catch (e) {
    if (errorCode(e)) throw saveFailure(path, e, 'never-existed');
    throw refusal(path, e);
  }
  if (options.expected !== undefined) {
    const changed = options.expected === null ? before !== null : before !== null && before.stamp.hash !== options.expected.hash;
    if (changed) throw new FileChangedError(path);
  }
  const bytes = Buffer.from(serializeContribution(c), 'utf8');
  let backup: string | null = null;
  try {
    if (before && before.fileSchemaVersion === 1) {
      backup = v1BackupPath(path);
      await writeFileAtomicAsync(backup, before.bytes, { private: true });
    }
    await writeFileAtomicAsync(path, bytes);
  } catch (e) {
    // a file this document had, now gone (its folder deleted or moved): nothing of it is on disk
    throw saveFailure(path, e, before ? await unchanged(path, before.stamp.hash) : options.expected ? false : 'never-existed');
  }
  const st = statSync(path);
  return { stamp: { size: st.size, mtimeMs: st.mtimeMs, hash: hashOf(bytes) }, backup };
}

async function unchanged(path: string, hash: string): Promise<boolean> {
  try {
    return hashOf(await readFile(path)) === hash;
  } catch {
    return false;
  }
}

function saveFailure(path: string, e: unknown, safe: boolean | 'never-existed'): Error {
  return new Error(`Could not save "${basename(path)}": ${writeProblem(e, path)}. ${whatIsSafe(safe, e)}`, { cause: e });
}

/** {@link writeContributionFileAsync} for scripts and tests that may block: same refusals, no change check. */
export function writeContributionFile(path: string, c: Contribution): FileStamp {
  if (fileStamp(path)) {
    try {
      readContributionFile(path);
    } catch (e) {
      throw refusal(path, e);
    }
  }
  const bytes = Buffer.from(serializeContribution(c), 'utf8');
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    throw saveFailure(path, e, 'never-existed');
  }
  const st = statSync(path);
  return { size: st.size, mtimeMs: st.mtimeMs, hash: hashOf(bytes) };
}
