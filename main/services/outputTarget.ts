import { lstatSync, readlinkSync, realpathSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { beginsLikeContribution } from './contributionHead';
import { bundledBaselineDir } from './corpus';
import { userEditionsDir } from './editionsFolder';
import type { FileIdentity, InputRecord } from './inputFile';

/**
 * THE OUTPUT RULE: a write goes to the file a path finally names (through every symbolic link,
 * so the link stays a link), never over a folder, a device or a FIFO, never over any input the
 * command read (compared by device and inode, so symlinks, hard links, `file#34` operands and a
 * redirected standard input are all caught), an export never replaces a contribution file, and
 * nothing is written into the adopted texts (the bundled editions, the editions a user imported).
 */

/** A write that was refused; nothing was written. */
export class OutputRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputRefusedError';
  }
}

const MAX_LINKS = 40;

/**
 * Characters no file name the product writes may hold: C0 and C1 controls (a line break, a tab,
 * an escape…), DEL, the line and paragraph separators, and the invisible direction controls that
 * make a name read as another one (`report\u202Excod.exe`).
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
const NAME_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** How a refused character is named: `a line break`, `a tab`, `control character U+001B`. */
function describeNameCharacter(ch: string): string {
  if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return 'a line break';
  if (ch === '\t') return 'a tab';
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return ch.charCodeAt(0) >= 0x200e ? `an invisible direction control (${code})` : `control character ${code}`;
}

/**
 * Why a file name (or a path, every folder of it) cannot be written: it holds a control
 * character. `null` when it may. The message names what the user typed, the character and where.
 */
export function fileNameProblem(name: string): string | null {
  const m = NAME_CONTROLS.exec(name);
  if (!m) return null;
  const shown = JSON.stringify(name);
  return `cannot write ${shown}: a file name cannot hold ${describeNameCharacter(m[0])} (character ${m.index + 1} of the name); choose another name`;
}

/**
 * The path a write to `target` must replace: symbolic links followed (a dangling one names the
 * file it would create), the folder's own links resolved. Never throws: a path that cannot be
 * resolved is returned as given, so the writer reports the real error.
 */
export function resolveWriteTarget(target: string): string {
  let path = resolve(target);
  for (let i = 0; i < MAX_LINKS; i++) {
    let st;
    try {
      st = lstatSync(path);
    } catch {
      break;
    }
    if (!st.isSymbolicLink()) break;
    path = resolve(dirname(path), readlinkSync(path));
  }
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

function identityOf(path: string): FileIdentity | null {
  try {
    const st = statSync(path, { bigint: true });
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/** Whether an existing file is a contribution (JSON naming the contribution format, in UTF-8 or UTF-16). */
function isContributionFile(path: string): boolean {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return beginsLikeContribution(head.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` lies in a folder of adopted texts; what to call that folder, or null. */
function adoptedTextsHolding(path: string): string | null {
  const folders: [string, string][] = [];
  try {
    folders.push([bundledBaselineDir(), 'the folder of the bundled editions']);
  } catch {
    // no bundled resources found: nothing of theirs to protect
  }
  folders.push([userEditionsDir(), 'the folder of the imported editions']);
  for (const [folder, name] of folders) {
    let real = folder;
    try {
      real = realpathSync(folder);
    } catch {
      // not created yet: compare the path as it is
    }
    const rel = relative(real, path);
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return `${name} (${real})`;
  }
  return null;
}

/** What the output check needs to know about the inputs: records of what was read, or plain paths. */
export type ProtectedInput = InputRecord | string;

/**
 * Check an output path by THE OUTPUT RULE and return the real path to write. `what` names the
 * output in messages (`the export`); `contributionMayBeReplaced` only for a command that writes a
 * contribution and was told to replace one (`import --force`). Throws {@link OutputRefusedError}
 * with a message for the user.
 */
export function guardOutput(target: string, inputs: readonly ProtectedInput[], what = 'the export', o: { contributionMayBeReplaced?: boolean } = {}): string {
  const badName = fileNameProblem(target);
  if (badName) throw new OutputRefusedError(badName);
  const path = resolveWriteTarget(target);
  const shown = path === resolve(target) ? `"${target}"` : `"${target}" (a link to ${path})`;
  // the folder as the user named it, unless a link led elsewhere
  const folderShown = path === resolve(target) ? dirname(target) : dirname(path);
  let folder;
  try {
    folder = statSync(dirname(path));
  } catch {
    throw new OutputRefusedError(`cannot write ${shown}: the folder ${folderShown} does not exist`);
  }
  if (!folder.isDirectory()) throw new OutputRefusedError(`cannot write ${shown}: ${folderShown} is not a folder`);
  const edition = adoptedTextsHolding(path);
  if (edition) throw new OutputRefusedError(`refusing to write ${what} into ${edition}: it holds the adopted texts the app compares with; choose another folder`);
  let st;
  try {
    st = statSync(path, { bigint: true });
  } catch {
    return path; // a new file: it cannot be any input
  }
  if (st.isDirectory()) throw new OutputRefusedError(`cannot write ${shown}: it is a folder`);
  if (!st.isFile()) throw new OutputRefusedError(`cannot write ${shown}: it is a device or a FIFO, not a file; ${what} is written to a file`);
  for (const input of inputs) {
    const record = typeof input === 'string' ? { name: input, identity: identityOf(input) } : input;
    if (record.identity && record.identity.dev === st.dev && record.identity.ino === st.ino) {
      if (record.name === 'standard input') {
        throw new OutputRefusedError(`refusing to write ${what} over its own input: ${shown} is the file redirected to standard input; choose another output file`);
      }
      const same = record.name === target ? '' : ` (${shown} is the same file as ${record.name})`;
      throw new OutputRefusedError(`refusing to write ${what} over its own input "${basename(record.name)}"${same}; choose another output file`);
    }
  }
  if (!o.contributionMayBeReplaced && isContributionFile(path)) {
    throw new OutputRefusedError(`refusing to write ${what} over ${shown}: it is a contribution file, which an export never replaces; choose another output file`);
  }
  return path;
}
