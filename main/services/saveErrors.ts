import { basename, dirname } from 'node:path';

/** A file-system error code, when `e` has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * What went wrong writing `path`, in the user's words: never a temporary path or an error code.
 * One sentence per situation a delegate meets: a full disk, a read-only or forbidden folder, a
 * folder that was deleted or moved, a file locked by another program.
 */
export function writeProblem(e: unknown, path: string): string {
  const folder = dirname(path);
  switch (errorCode(e)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return `the folder ${folder} is read-only (a read-only drive or share)`;
    case 'EACCES':
      return `you do not have permission to write in the folder ${folder}`;
    case 'EPERM':
      return `the file or the folder ${folder} is locked or protected (another program may have it open, or you lack permission)`;
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use by another program (it is locked)';
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder ${folder} no longer exists (it was deleted, moved or renamed, or its drive was removed)`;
    case 'EISDIR':
      return 'a folder of that name is in the way';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'the system has too many files open';
    case 'EIO':
      return 'the drive reported a hardware or network error';
    default:
      return 'the system refused to write the file';
  }
}

/** What is safe after a failed write: `existsUnchanged` tells whether the old file is still there as it was. */
export function whatIsSafe(existsUnchanged: boolean | 'never-existed', e?: unknown): string {
  const code = errorCode(e);
  const next =
    code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or choose another folder (Save As)'
    : code === 'EBUSY' || code === 'ETXTBSY' || code === 'EPERM' ? 'close the other program and save again, or choose another folder (Save As)'
    : 'choose another folder (Save As)';
  const kept = `Your edits are kept in the app; ${next}.`;
  if (existsUnchanged === 'never-existed') return kept;
  return existsUnchanged ? `The file on disk is unchanged. ${kept}` : `There is no saved copy of the file on disk now. ${kept}`;
}

/**
 * A write that failed, told in the user's words (what happened and that nothing was replaced):
 * `Could not write "p.docx": the disk is full; nothing was written, and no file was replaced.`
 * Never a temporary path or an error code.
 */
export function writeFailure(path: string, e: unknown): Error {
  return new Error(`Could not write "${basename(path)}": ${writeProblem(e, path)}; nothing was written, and no file was replaced.`, { cause: e });
}

/**
 * An autosave that could not be recorded in the recovery journal (in `stateDir`): the edits are
 * still in the window, and nothing of the document changed.
 */
export function autosaveFailure(stateDir: string, e: unknown): Error {
  const code = errorCode(e);
  const next = code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space, or save them to a file (Save As)' : 'save them to a file (Save As)';
  return new Error(`Autosave failed: ${writeProblem(e, `${stateDir}/recovery`)}, so your latest edits are kept in this window only; ${next}.`, { cause: e });
}
