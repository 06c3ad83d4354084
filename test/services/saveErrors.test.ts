/**
 * Write errors a delegate understands, and writes that keep (issue 19, point 3): saves keep the
 * file's mode, journals and backups are private, a failed autosave changes nothing (no revision
 * bump, so the next autosave is no "conflict"), the journal's errors are the user's sentences,
 * and a read-only state folder cannot crash the host.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicFs, TEMP_PREFIX } from '../../main/services/atomicWrite';
import { readContributionFile, serializeContribution, v1BackupPath } from '../../main/services/contributionFile';
import { DocumentSession, WindowConflictError } from '../../main/services/documentSession';
import { RecoveryJournal } from '../../main/services/recoveryJournal';
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

const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

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

const modeOf = (p: string): number => statSync(p).mode & 0o777;

describe('file modes', () => {
  it('a save keeps a 0600 contribution at 0600 (and a 0640 one at 0640)', async () => {
    for (const mode of [0o600, 0o640]) {
      const path = join(folders.documents, `private-${mode.toString(8)}.resdraft`);
      writeFileSync(path, serializeContribution(sampleContribution()));
      chmodSync(path, mode);
      const d = await s.open(path);
      await s.update(d.docId, content('edited'));
      await s.save(d.docId);
      expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('edited');
      expect(modeOf(path), path).toBe(mode);
    }
  });

  it('the recovery journal and the schema 1 backup are private (0600), the journal folder 0700', async () => {
    const d = await s.create();
    await s.update(d.docId, content('unsaved text'));
    const dir = join(folders.state, 'recovery', s.instance);
    const files = readdirSync(dir);
    expect(files).toContain(`${d.docId}.json`);
    for (const f of files) expect(modeOf(join(dir, f)), f).toBe(0o600);
    expect(modeOf(dir)).toBe(0o700);

    const v1 = join(folders.documents, 'old.resdraft');
    const c = sampleContribution();
    writeFileSync(v1, JSON.stringify({ ...c, schemaVersion: 1, proposals: [], versions: [] }));
    chmodSync(v1, 0o644);
    const old = await s.open(v1);
    await s.update(old.docId, content('upgraded'));
    await s.save(old.docId);
    expect(modeOf(v1BackupPath(v1))).toBe(0o600);
  });
});

describe('a failed autosave changes nothing', () => {
  it('disk full: the same sentence, no revision bump, the next autosave is accepted (no false conflict)', async () => {
    const d = await s.create();
    const first = await s.update(d.docId, content('one'), d.revision);
    vi.spyOn(atomicFs, 'open').mockRejectedValueOnce(errno('ENOSPC', join(folders.state, 'recovery', `${TEMP_PREFIX}x.json.1.abcd`)));
    const failed = await s.update(d.docId, content('two'), first.revision).then(
      () => null,
      (e: Error) => e,
    );
    expect(failed).not.toBeNull();
    expect(failed).not.toBeInstanceOf(WindowConflictError);
    expect(failed!.message).toMatch(/^Autosave failed: the disk is full, so your latest edits are kept in this window only; free some space, or save them to a file \(Save As\)\.$/);
    expect(failed!.message).not.toMatch(/ENOSPC|errno|\.resdraft-tmp-/);
    // nothing changed: same revision, same content, and the checker sees no conflict
    expect(s.documents()[0].revision).toBe(first.revision);
    expect(s.content(d.docId).proposals[0].reasons).toBe('one');
    expect(await s.conflict(d.docId, first.revision)).toBeNull();
    // the disk has room again: the window's next autosave, based on what it had, goes through
    const next = await s.update(d.docId, content('two'), first.revision);
    expect(next.revision).toBe(first.revision + 1);
    expect(s.content(d.docId).proposals[0].reasons).toBe('two');
  });

  it('a named version that cannot be journalled leaves the versions as they were', async () => {
    const d = await s.create();
    await s.update(d.docId, content('one'));
    const before = s.listVersions(d.docId).length;
    vi.spyOn(atomicFs, 'open').mockRejectedValueOnce(errno('EROFS', join(folders.state, 'recovery', `${TEMP_PREFIX}x.json.1.abcd`)));
    await expect(s.createVersion(d.docId, 'sent')).rejects.toThrow(/^Autosave failed: the folder .*state is read-only/);
    expect(s.listVersions(d.docId)).toHaveLength(before);
  });
});

describe('a read-only state folder', () => {
  it.skipIf(!canMount)('autosave says so in one sentence; stopping the instance (SIGTERM) does not throw', async () => {
    const d = await s.create();
    await s.update(d.docId, content('one'));
    expect(spawnSync('mount', ['--bind', folders.state, folders.state]).status).toBe(0);
    try {
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', folders.state]).status).toBe(0);
      const message = await s.update(d.docId, content('two')).then(
        () => 'autosaved',
        (e: Error) => e.message,
      );
      expect(message).toMatch(/^Autosave failed: the folder .*state is read-only \(a read-only drive or share\), so your latest edits are kept in this window only; save them to a file \(Save As\)\.$/);
      expect(() => s.dispose()).not.toThrow();
      // a new instance on the read-only folder is refused in one sentence, not with EROFS
      expect(() => new RecoveryJournal(folders.state, 'another-instance')).toThrow(/^Cannot keep the recovery journal: the folder .*state is read-only/);
    } finally {
      spawnSync('umount', [folders.state]);
    }
  });
});
