import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContributionFile, serializeContribution } from '../../main/services/contributionFile';
import { DocumentSession } from '../../main/services/documentSession';
import type { DataFolders } from '../../main/services/dataFolders';
import { proposalFor, sampleContribution } from './sampleContribution';

let root: string;
let folders: DataFolders;
let clock: number;
let live: DocumentSession[] = [];
/** A new instance on the same folders; the earlier ones have stopped (as after a restart or a crash). */
const session = () => {
  for (const s of live) s.dispose();
  const s = new DocumentSession({ folders, author: () => 'A. Delegate', now: () => new Date((clock += 1000)) });
  live = [s];
  return s;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'resdraft-session-'));
  folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);
  clock = Date.parse('2025-03-01T10:00:00Z');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function content() {
  const c = sampleContribution();
  return { settings: c.settings, proposals: c.proposals };
}

describe('DocumentSession: save, Save As, open, recent files', async () => {
  it('a new document is untitled and clean; an edit makes it dirty; Save As writes a valid file with a version', async () => {
    const s = session();
    const doc = await s.create();
    expect(doc).toMatchObject({ path: null, name: 'Untitled', dirty: false, recovered: null });
    expect((await s.update(doc.docId, content())).dirty).toBe(true);
    await expect(s.save(doc.docId)).rejects.toThrow(/no file yet: use Save As/);
    const st = await s.saveAs(doc.docId, join(root, 'docs', 'APT proposals'), '.resdraft');
    expect(st).toMatchObject({ name: 'APT proposals.resdraft', dirty: false });
    const onDisk = readContributionFile(join(root, 'docs', 'APT proposals.resdraft')).contribution;
    expect(onDisk.proposals).toEqual(content().proposals);
    expect(onDisk.versions.map((v) => [v.name, v.author])).toEqual([['Saved', 'A. Delegate']]);
    expect(s.recent.list().map((f) => f.name)).toEqual(['APT proposals.resdraft']);
  });

  it('saving again without changes adds no version; a named save always does', async () => {
    const s = session();
    const doc = await s.create();
    await s.update(doc.docId, content());
    await s.saveAs(doc.docId, join(folders.documents, 'a.resdraft'), '.resdraft');
    await s.save(doc.docId);
    expect(s.listVersions(doc.docId)).toHaveLength(1);
    await s.save(doc.docId, 'sent to the regional preparatory meeting');
    expect(s.listVersions(doc.docId).map((v) => v.name)).toEqual(['Saved', 'sent to the regional preparatory meeting']);
  });

  it('operations on a document run in call order: an autosave sent during a save is neither lost nor saved early', async () => {
    const s = session();
    const d = await s.create();
    const path = join(folders.documents, 'order.resdraft');
    const a = content();
    a.proposals[0].reasons = 'A';
    const b = content();
    b.proposals[0].reasons = 'B';
    // fired without waiting, as a renderer's autosave timer may do while the user presses Save
    const results = await Promise.all([s.update(d.docId, a), s.saveAs(d.docId, path, '.resdraft'), s.update(d.docId, b)]);
    expect(results.map((r) => r.dirty)).toEqual([true, false, true]);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('A');
    expect((await s.restore())!.contribution.proposals[0].reasons).toBe('B');
    expect((await session().restore())!.contribution.proposals[0].reasons).toBe('B');
  });

  it('opening a damaged file throws and keeps it out of the session and recent files', async () => {
    const s = session();
    const bad = join(root, 'bad.resdraft');
    writeFileSync(bad, '{"format":"resolution-drafter-contribution","schemaVersion":99}');
    await expect(s.open(bad)).rejects.toThrow(/newer version/);
    expect(s.documents()).toEqual([]);
    expect(s.recent.list()).toEqual([]);
    expect(readFileSync(bad, 'utf8')).toBe('{"format":"resolution-drafter-contribution","schemaVersion":99}');
  });

  it('opening the same file twice returns the open document with its unsaved edits', async () => {
    const s = session();
    const d = await s.create();
    await s.update(d.docId, content());
    const path = join(folders.documents, 'x.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    const c = content();
    c.proposals[0].reasons = 'unsaved edit';
    await s.update(d.docId, c);
    const again = await s.open(path);
    expect(again.docId).toBe(d.docId);
    expect(again.contribution.proposals[0].reasons).toBe('unsaved edit');
  });
});

describe('version history', async () => {
  it('create and restore keep every version, and restore is itself a new version', async () => {
    const s = session();
    const d = await s.create();
    const v1content = content();
    await s.update(d.docId, v1content);
    const v1 = await s.createVersion(d.docId, 'national draft');

    const v2content = content();
    v2content.proposals[0].draft = { ...v2content.proposals[0].draft, title: `${v2content.proposals[0].draft.title} in Geneva` };
    v2content.proposals.push(proposalFor('17'));
    await s.update(d.docId, v2content);
    const v2 = await s.createVersion(d.docId, 'sent to the regional preparatory meeting');

    const unsaved = content();
    unsaved.proposals = [proposalFor('45')];
    await s.update(d.docId, unsaved); // current draft differs from v2: restore must not lose it

    const restored = await s.restoreVersion(d.docId, v1.id);
    expect(restored.contribution.proposals).toEqual(v1content.proposals);
    const versions = s.listVersions(d.docId);
    expect(versions.map((v) => v.name)).toEqual([
      'national draft',
      'sent to the regional preparatory meeting',
      'Before restoring "national draft"',
      'Restored "national draft"',
    ]);
    expect(new Set(versions.map((v) => v.id)).size).toBe(4);
    expect(s.getVersion(d.docId, v1.id).proposals).toEqual(v1content.proposals);
    expect(s.getVersion(d.docId, v2.id).proposals).toEqual(v2content.proposals);
    expect(s.getVersion(d.docId, versions[2].id).proposals).toEqual(unsaved.proposals);
    expect(s.getVersion(d.docId, versions[3].id).proposals).toEqual(v1content.proposals);
    expect(versions.every((v) => v.author === 'A. Delegate')).toBe(true);
    expect(versions.map((v) => v.time)).toEqual([...versions.map((v) => v.time)].sort());

    // restoring the newer one again: still nothing lost, and everything survives a save and reopen
    await s.restoreVersion(d.docId, v2.id);
    const path = join(folders.documents, 'history.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    const reopened = readContributionFile(path).contribution;
    expect(reopened.versions.map((v) => v.name)).toEqual([...versions.map((v) => v.name), 'Restored "sent to the regional preparatory meeting"']);
    expect(reopened.proposals).toEqual(v2content.proposals);
  });

  it('restoring while the draft equals the latest version adds only the restore version', async () => {
    const s = session();
    const d = await s.create();
    await s.update(d.docId, content());
    const v1 = await s.createVersion(d.docId, 'one');
    await s.createVersion(d.docId, 'two');
    await s.restoreVersion(d.docId, v1.id);
    expect(s.listVersions(d.docId).map((v) => v.name)).toEqual(['one', 'two', 'Restored "one"']);
  });

  it('saving into a missing folder is a clear error and changes nothing', async () => {
    const s = session();
    const d = await s.create();
    await s.update(d.docId, content());
    await expect(s.saveAs(d.docId, join(root, 'gone', 'x.resdraft'), '.resdraft')).rejects.toThrow(/Could not save "x\.resdraft": the folder .*gone no longer exists .*Your edits are kept in the app; choose another folder/);
    expect(s.documents()[0]).toMatchObject({ path: null, dirty: true });
  });

  it('an unknown version id is a clear error', async () => {
    const s = session();
    const d = await s.create();
    await expect(s.restoreVersion(d.docId, 'nope')).rejects.toThrow(/no version with id "nope"/);
    expect(() => s.getVersion(d.docId, 'nope')).toThrow(/no version with id "nope"/);
  });
});

describe('recovery journal', async () => {
  it('a session that stopped without saving is reopened with its edits and a notice, once', async () => {
    const first = session();
    const d = await first.create();
    const path = join(folders.documents, 'j.resdraft');
    await first.update(d.docId, content());
    await first.saveAs(d.docId, path, '.resdraft');
    const edited = content();
    edited.proposals[1].reasons = 'typed just before the crash';
    await first.update(d.docId, edited);
    // no close: the process "dies" here

    const second = session();
    const back = (await second.restore())!;
    expect(back.path).toBe(path);
    expect(back.dirty).toBe(true);
    expect(back.contribution.proposals[1].reasons).toBe('typed just before the crash');
    expect(back.recovered?.message).toMatch(/Unsaved edits were recovered .*edits made in the last 2 seconds/);
    // the file on disk still holds the saved version
    expect(readContributionFile(path).contribution.proposals[1].reasons).toBe('Update Resolution 34 for WTDC-25.');
    // the notice is shown once; a page reload gets the document without it
    expect((await second.restore())!.recovered).toBeNull();
  });

  it('a clean document is reopened from its file, not from the journal', async () => {
    const first = session();
    const d = await first.create();
    const path = join(folders.documents, 'clean.resdraft');
    await first.update(d.docId, content());
    await first.saveAs(d.docId, path, '.resdraft');
    const second = session();
    const back = (await second.restore())!;
    expect(back).toMatchObject({ path, dirty: false, recovered: null });
  });

  it('closing a document removes its journal entry', async () => {
    const s = session();
    const d = await s.create();
    await s.update(d.docId, content());
    const dir = join(folders.state, 'recovery', s.instance);
    expect(readdirSync(dir).sort()).toEqual([`${d.docId}.json`, 'owner.json']);
    await s.close(d.docId);
    expect(readdirSync(dir)).toEqual(['owner.json']);
    expect((await session().restore())).toBeNull();
  });

  it('a damaged journal entry is skipped and left on disk', async () => {
    const s = session();
    const d = await s.create();
    await s.update(d.docId, content());
    writeFileSync(join(folders.state, 'recovery', s.instance, `${d.docId}.json`), '{"journal":1,');
    const next = session();
    expect((await next.restore())).toBeNull();
    // moved into the new instance's journal, never deleted
    expect(existsSync(join(folders.state, 'recovery', next.instance, `${d.docId}.json`))).toBe(true);
  });
});

describe('how the file was read reaches the window', () => {
  it('a Windows-1252 contribution opens with a notice naming the encoding; a UTF-8 one with none', async () => {
    const c = sampleContribution();
    c.proposals[0].reasons = 'Développement – façade.';
    const json = serializeContribution(c).replace(/[^ -\u00FF\t\n\u2013]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const legacy = join(folders.documents, 'legacy.resdraft');
    writeFileSync(legacy, Buffer.from(json.replace('\u2013', '\u0096'), 'latin1'));
    const utf8 = join(folders.documents, 'plain.resdraft');
    writeFileSync(utf8, serializeContribution(c));
    const s = session();
    const doc = await s.open(legacy);
    expect(doc.contribution.proposals[0].reasons).toBe('Développement – façade.');
    expect(doc.fileNotices?.join(' ')).toMatch(/Windows-1252|Latin-1/);
    expect((await s.open(utf8)).fileNotices ?? []).toEqual([]);
  });
});

