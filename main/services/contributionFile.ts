import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ContributionFileError, parseContributionText } from '../../shared/contribution/parseContribution';
import type { Contribution } from '../../shared/contribution/schema';
import { writeFileAtomic, writeFileAtomicAsync } from './atomicWrite';
import { readContributionText, readContributionTextSync } from './inputFile';

/** The largest file read as a contribution; a real one (14 resolutions, many versions) is a few MB. */
export const MAX_CONTRIBUTION_BYTES = 32 * 1024 * 1024;

/** Size and modification time of a file, to notice changes made behind our back. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

function stampOf(st: Stats): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs };
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Prefixes an error message with the file name, keeping its kind. */
function inFile(path: string, e: unknown): Error {
  if (e instanceof ContributionFileError) {
    return new ContributionFileError(e.kind, `Cannot open "${basename(path)}": ${e.message}`, e.field);
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return new Error(`Cannot open "${basename(path)}": the file does not exist (${path}).`);
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return new Error(`Cannot open "${basename(path)}": permission denied (${path}).`);
  if (err?.code === 'EISDIR') return new Error(`Cannot open "${basename(path)}": it is a folder, not a contribution file.`);
  return new Error(`Cannot open "${basename(path)}": ${err?.message ?? String(e)}`);
}

/**
 * Reads and validates a contribution file. Never writes. Errors say what is wrong: empty, not JSON
 * (truncated), not a contribution, made by a newer version, damaged (which field), too large.
 */
export function readContributionFile(path: string): { contribution: Contribution; stamp: FileStamp; notices: string[] } {
  try {
    const st = statSync(path);
    checkReadable(st);
    const { text, notices } = readContributionTextSync(path, MAX_CONTRIBUTION_BYTES);
    return { contribution: parseFileText(text), stamp: stampOf(st), notices };
  } catch (e) {
    throw inFile(path, e);
  }
}

/** {@link readContributionFile} without blocking the event loop. */
export async function readContributionFileAsync(path: string): Promise<{ contribution: Contribution; stamp: FileStamp; notices: string[] }> {
  try {
    const st = await stat(path);
    checkReadable(st);
    const { text, notices } = await readContributionText(path, MAX_CONTRIBUTION_BYTES);
    return { contribution: parseFileText(text), stamp: stampOf(st), notices };
  } catch (e) {
    throw inFile(path, e);
  }
}

/** Refuses folders and files too large to be a contribution, before reading a byte. */
function checkReadable(st: Stats): void {
  if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (st.size > MAX_CONTRIBUTION_BYTES) {
    throw new ContributionFileError(
      'too-large',
      `The file is ${megabytes(st.size)}; a contribution file is at most ${megabytes(MAX_CONTRIBUTION_BYTES)}, so this is probably not a contribution. The file was not changed.`,
    );
  }
}

function parseFileText(text: string): Contribution {
  return parseContributionText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** The stamp of a file, or `null` when it does not exist. */
export function fileStamp(path: string): FileStamp | null {
  try {
    return stampOf(statSync(path));
  } catch {
    return null;
  }
}

/** The bytes written for a contribution: stable key order as given, 2-space indent, final newline. */
export function serializeContribution(c: Contribution): string {
  return JSON.stringify(c, null, 2) + '\n';
}

function refusal(path: string, e: unknown): Error {
  const why = e instanceof Error ? e.message.replace(/^Cannot open "[^"]*": /, '') : String(e);
  return new Error(`Refusing to overwrite "${basename(path)}": ${why}`, { cause: e });
}

function saveFailure(path: string, e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  const why =
    err.code === 'ENOENT' ? `the folder ${dirname(path)} does not exist`
    : err.code === 'ENOSPC' ? 'the disk is full'
    : err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS' ? `no permission to write in ${dirname(path)}`
    : err.message;
  return new Error(`Could not save "${basename(path)}": ${why}. The previous version of the file is unchanged.`, { cause: e });
}

/**
 * Writes a contribution atomically. Refuses (and leaves the file alone) when `path` exists but
 * is not a contribution this version can read, e.g. one written by a newer version or any other
 * file, so a save can never destroy data it does not understand.
 */
export function writeContributionFile(path: string, c: Contribution): FileStamp {
  if (fileStamp(path)) {
    try {
      readContributionFile(path);
    } catch (e) {
      throw refusal(path, e);
    }
  }
  try {
    writeFileAtomic(path, serializeContribution(c));
  } catch (e) {
    throw saveFailure(path, e);
  }
  return fileStamp(path)!;
}

/** {@link writeContributionFile} without blocking the event loop; same refusals and guarantees. */
export async function writeContributionFileAsync(path: string, c: Contribution): Promise<FileStamp> {
  if (fileStamp(path)) {
    try {
      await readContributionFileAsync(path);
    } catch (e) {
      throw refusal(path, e);
    }
  }
  try {
    await writeFileAtomicAsync(path, serializeContribution(c));
  } catch (e) {
    throw saveFailure(path, e);
  }
  return fileStamp(path)!;
}
