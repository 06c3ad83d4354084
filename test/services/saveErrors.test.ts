import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicFs, TEMP_PREFIX } from '../../main/services/atomicWrite';
import { readContributionFile } from '../../main/services/contributionFile';
import { DocumentSession } from '../../main/services/documentSession';
import type { DataFolders } from '../../main/services/dataFolders';
import { sampleContribution } from './sampleContribution';

let root: string;
let folders: DataFolders;
let s: DocumentSession;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'resdraft-errors-'));
  folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);
  s = new DocumentSession({ folders, author: () => 'A. Delegate' });
});
afterEach(() => {
  vi.restoreAllMocks();
  s.dispose();
  rmSync(root, { recursive: true, force: true });
});

function content(reasons: string) {
  const c = sampleContribution();
  c.proposals[0].reasons = reasons;
  return { settings: c.settings, proposals: c.proposals };
}

function errno(code: string, path = join(root, `${TEMP_PREFIX}x.1.abcd`)): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${path}'`), { code, errno: -28, syscall: 'open', path });
}

/** A saved file, then an edit whose save fails as `code` says. */
async function failingSave(code: string, where: 'open' | 'rename'): Promise<{ path: string; message: string; docId: string }> {
  const d = await s.create();
  await s.update(d.docId, content('saved'));
  const path = join(folders.documents, 'c.resdraft');
  await s.saveAs(d.docId, path, '.resdraft');
  await s.update(d.docId, content('edited'));
  if (where === 'open') vi.spyOn(atomicFs, 'open').mockRejectedValue(errno(code));
  else vi.spyOn(atomicFs, 'rename').mockRejectedValue(errno(code));
  const message = await s.save(d.docId).then(
    () => 'saved',
    (e: Error) => e.message,
  );
  return { path, message, docId: d.docId };
}

const CASES: [code: string, says: RegExp, next: RegExp][] = [
  ['ENOSPC', /the disk is full/, /free some space or choose another folder/],
  ['EROFS', /the folder .*docs is read-only/, /choose another folder/],
  ['EACCES', /you do not have permission to write in the folder .*docs/, /choose another folder/],
  ['EPERM', /locked or protected/, /close the other program and save again, or choose another folder/],
  ['EBUSY', /the file is in use by another program \(it is locked\)/, /close the other program/],
];

describe('save errors a delegate understands', () => {
  it.each(CASES)('%s: one message that says what happened and what is safe, no temporary path or error code', async (code, says, next) => {
    const { path, message, docId } = await failingSave(code, code === 'EBUSY' || code === 'EPERM' ? 'rename' : 'open');
    expect(message).toMatch(/^Could not save "c\.resdraft": /);
    expect(message).toMatch(says);
    expect(message).toMatch(/The file on disk is unchanged\. Your edits are kept in the app; /);
    expect(message).toMatch(next);
    expect(message).not.toContain(TEMP_PREFIX);
    expect(message).not.toMatch(/E[A-Z]{3,}|errno|syscall/);
    // true: the file is as it was, and the edit is still in the session
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('saved');
    expect(s.content(docId).proposals[0].reasons).toBe('edited');
    expect(s.documents()[0].dirty).toBe(true);
  });

  it('a folder deleted under a saved file (outside the data folder): says so, and does not claim the previous version is unchanged', async () => {
    const elsewhere = join(root, 'usb-stick');
    mkdirSync(elsewhere);
    const d = await s.create();
    await s.update(d.docId, content('saved'));
    const path = join(elsewhere, 'c.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    rmSync(elsewhere, { recursive: true });
    await s.update(d.docId, content('edited'));
    const message = await s.save(d.docId).then(() => 'saved', (e: Error) => e.message);
    expect(message).toMatch(/^Could not save "c\.resdraft": the folder .*usb-stick no longer exists \(it was deleted, moved or renamed, or its drive was removed\)\. There is no saved copy of the file on disk now\. Your edits are kept in the app; choose another folder \(Save As\)\.$/);
    expect(message).not.toMatch(/unchanged|ENOENT/);
    expect(s.content(d.docId).proposals[0].reasons).toBe('edited');
  });

  it('a deleted data folder is made again, and the save succeeds; so is a deleted state folder (the journal)', async () => {
    const d = await s.create();
    await s.update(d.docId, content('saved'));
    const path = join(folders.documents, 'c.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    rmSync(folders.documents, { recursive: true });
    rmSync(folders.state, { recursive: true });
    await s.update(d.docId, content('after the folders were deleted'));
    await s.save(d.docId);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('after the folders were deleted');
    expect(existsSync(join(folders.state, 'recovery', s.instance, `${d.docId}.json`))).toBe(true);
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('a real read-only folder (a read-only bind mount): the message says read-only, and the file is unchanged', async () => {
    const d = await s.create();
    await s.update(d.docId, content('saved'));
    const path = join(folders.documents, 'c.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    const bind = spawnSync('mount', ['--bind', folders.documents, folders.documents]);
    expect(bind.status, String(bind.stderr)).toBe(0);
    try {
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', folders.documents]).status).toBe(0);
      await s.update(d.docId, content('edited'));
      const message = await s.save(d.docId).then(() => 'saved', (e: Error) => e.message);
      expect(message).toMatch(/^Could not save "c\.resdraft": the folder .*docs is read-only .*The file on disk is unchanged\. Your edits are kept in the app; choose another folder/);
      expect(message).not.toContain(TEMP_PREFIX);
      expect(readFileSync(path, 'utf8')).toContain('"reasons": "saved"');
    } finally {
      spawnSync('umount', [folders.documents]);
    }
  });
});
