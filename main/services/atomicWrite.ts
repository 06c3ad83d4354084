import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { resolveWriteTarget } from './outputTarget';

/**
 * The file-system calls {@link writeFileAtomicAsync} makes. Tests replace members to inject
 * failures (a full disk, a locked file) that cannot be produced for real on the build machine.
 */
export const atomicFs = { open, rename, rm };

/** How a file is written. */
export interface AtomicWriteOptions {
  /**
   * `private`: readable and writable by its owner alone (0600), whatever the file had: recovery
   * journals and backups hold a delegate's unsent text. Otherwise a file that exists keeps its
   * permission bits (a 0600 contribution stays 0600) and a new one gets 0644 narrowed by the umask.
   */
  private?: boolean;
}

/** Permission bits of a new file that is not private (narrowed by the umask when created). */
const NEW_FILE_MODE = 0o644;
const PRIVATE_MODE = 0o600;

/** The permission bits to give the temp file before it replaces `target`, or `null` for a new file's default. */
function modeFor(existing: number | null, o: AtomicWriteOptions): number | null {
  if (o.private) return PRIVATE_MODE;
  return existing === null ? null : existing & 0o777;
}

function existingModeSync(target: string): number | null {
  try {
    return statSync(target).mode;
  } catch {
    return null;
  }
}

async function existingMode(target: string): Promise<number | null> {
  try {
    return (await stat(target)).mode;
  } catch {
    return null;
  }
}

/** Prefix of the temporary files {@link writeFileAtomic} creates next to its target. */
export const TEMP_PREFIX = '.resdraft-tmp-';

/** The temp file name used for `target`: hidden, in the same folder (so rename is atomic). */
function tempPathFor(target: string): string {
  return join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}`);
}

function fsyncDir(dir: string): void {
  // Persists the rename itself. Windows cannot open a folder for fsync; NTFS journals renames.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes temp files of `target` left by writers that died mid-save (their pid no longer runs).
 * They only ever hold an unfinished copy: the target itself was never touched by them.
 */
export function removeStaleTemps(target: string): number {
  const prefix = `${TEMP_PREFIX}${basename(target)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dirname(target), name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * Replaces `target` with `data` so that, whatever happens (crash, SIGKILL, power loss after
 * return), the file holds either its old bytes or the new ones, never a mix:
 * write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 * The file keeps its permission bits, or gets 0600 when `private` (see {@link AtomicWriteOptions}).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  target = resolveWriteTarget(target); // through a symlink: replace the file it names, keep the link
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemps(target);
  const mode = modeFor(existingModeSync(target), options);
  const temp = tempPathFor(target);
  const fd = openSync(temp, 'wx', mode ?? NEW_FILE_MODE);
  try {
    if (mode !== null) fchmodSync(fd, mode); // exact: not narrowed by the umask
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  fsyncDir(dirname(target));
}

async function fsyncDirAsync(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const h = await open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/**
 * {@link writeFileAtomic} without blocking the event loop (the desktop main process must stay
 * responsive while a multi-megabyte contribution is written). Same guarantees.
 */
export async function writeFileAtomicAsync(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  target = resolveWriteTarget(target); // through a symlink: replace the file it names, keep the link
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemps(target);
  const mode = modeFor(await existingMode(target), options);
  const temp = tempPathFor(target);
  const h = await atomicFs.open(temp, 'wx', mode ?? NEW_FILE_MODE);
  try {
    if (mode !== null) await h.chmod(mode);
    await h.writeFile(bytes);
    await h.sync();
  } catch (e) {
    await h.close().catch(() => undefined);
    await atomicFs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  await h.close();
  try {
    await atomicFs.rename(temp, target);
  } catch (e) {
    await atomicFs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  await fsyncDirAsync(dirname(target));
}
