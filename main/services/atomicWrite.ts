import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { resolveWriteTarget } from './outputTarget';

/**
 * The file-system calls {@link writeFileAtomicAsync} makes. Tests replace members to inject
 * failures (a full disk, a locked file) that cannot be produced for real on the build machine.
 */
export const atomicFs = { open, rename, rm };

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
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  target = resolveWriteTarget(target); // through a symlink: replace the file it names, keep the link
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemps(target);
  const temp = tempPathFor(target);
  const fd = openSync(temp, 'wx', 0o644);
  try {
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
export async function writeFileAtomicAsync(target: string, data: string | Uint8Array): Promise<void> {
  target = resolveWriteTarget(target); // through a symlink: replace the file it names, keep the link
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemps(target);
  const temp = tempPathFor(target);
  const h = await atomicFs.open(temp, 'wx', 0o644);
  try {
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
