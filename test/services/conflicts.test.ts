import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContributionFile } from '../../main/services/contributionFile';
import { DocumentSession, WindowConflictError } from '../../main/services/documentSession';
import type { DataFolders } from '../../main/services/dataFolders';
import { sampleContribution } from './sampleContribution';

let root: string;
let folders: DataFolders;
const open: DocumentSession[] = [];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'resdraft-conflict-'));
  folders = { documents: join(root, 'docs'), state: join(root, 'state') };
});
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
  rmSync(root, { recursive: true, force: true });
});
/** One running instance (another app window process, another `npm run web`) on the shared data folder. */
const instance = () => {
  const s = new DocumentSession({ folders, author: () => 'A. Delegate' });
  open.push(s);
  return s;
};
function content(reasons = 'r') {
  const c = sampleContribution();
  c.proposals[0].reasons = reasons;
  return { settings: c.settings, proposals: c.proposals };
}

describe('no silent overwrite', () => {
  it('Save As onto an existing file is refused unless confirmed; a confirmed one replaces it', async () => {
    const s = instance();
    const a = await s.create();
    await s.update(a.docId, content('first'));
    const path = join(root, 'contribution.resdraft');
    await s.saveAs(a.docId, path, '.resdraft');
    const b = await s.create();
    await s.update(b.docId, content('second'));
    await expect(s.saveAs(b.docId, path, '.resdraft')).rejects.toThrow(/"contribution\.resdraft" already exists\. Choose another name, or confirm/);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('first');
    await s.saveAs(b.docId, path, '.resdraft', true);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('second');
  });

  it('another instance saved the file: my save is refused, both versions stay, and I can reload theirs or keep mine as a copy', async () => {
    const path = join(root, 'shared.resdraft');
    const setup = instance();
    const d = await setup.create();
    await setup.update(d.docId, content('original'));
    await setup.saveAs(d.docId, path, '.resdraft');

    const me = instance();
    const them = instance();
    const mine = await me.open(path);
    const theirs = await them.open(path);
    await them.update(theirs.docId, content('theirs'));
    await them.save(theirs.docId);
    await me.update(mine.docId, content('mine'));
    expect(await me.conflict(mine.docId)).toMatchObject({ kind: 'file-changed' });
    await expect(me.save(mine.docId)).rejects.toThrow(/"shared\.resdraft" was changed by another window or program since you opened it\. Nothing was saved/);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('theirs');
    expect((await me.theirs(mine.docId)).proposals[0].reasons).toBe('theirs');

    const copy = await me.keepCopy(mine.docId, me.content(mine.docId), '.resdraft');
    expect(copy.name).toBe('shared (my copy).resdraft');
    expect(readContributionFile(join(root, 'shared (my copy).resdraft')).contribution.proposals[0].reasons).toBe('mine');
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('theirs');

    const reloaded = await me.reload(mine.docId);
    expect(reloaded.contribution.proposals[0].reasons).toBe('theirs');
    expect(reloaded.dirty).toBe(false);
    expect(await me.conflict(mine.docId)).toBeNull();
    await me.update(mine.docId, content('after reload'));
    await me.save(mine.docId); // based on theirs now: allowed
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('after reload');
  });

  it('another program rewrote the file with the same size and time: the hash still tells', async () => {
    const s = instance();
    const d = await s.create();
    await s.update(d.docId, content('abc'));
    const path = join(root, 'same.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    const bytes = readFileSync(path, 'utf8');
    const { utimesSync, statSync } = await import('node:fs');
    const st = statSync(path);
    writeFileSync(path, bytes.replace('"reasons": "abc"', '"reasons": "xyz"'));
    utimesSync(path, st.atime, st.mtime);
    await s.update(d.docId, content('mine'));
    await expect(s.save(d.docId)).rejects.toThrow(/was changed by another window or program/);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('xyz');
  });

  it('two windows on one document: the one holding an older revision is refused, not overwritten', async () => {
    const s = instance();
    const first = await s.create();
    const second = await s.restore(); // a second tab of the same host gets the same document
    expect(second!.docId).toBe(first.docId);
    const a = await s.update(first.docId, content('tab A'), first.revision);
    await expect(s.update(first.docId, content('tab B'), second!.revision)).rejects.toBeInstanceOf(WindowConflictError);
    expect(s.content(first.docId).proposals[0].reasons).toBe('tab A');
    expect(await s.conflict(first.docId, second!.revision)).toMatchObject({ kind: 'other-window' });
    expect(await s.conflict(first.docId, a.revision)).toBeNull();
  });
});

describe('one journal per instance', () => {
  it('a second instance neither shows the first one’s live document as recovered nor deletes its journal', async () => {
    const first = instance();
    const d = await first.create();
    await first.update(d.docId, content('live in the first instance'));
    const second = instance();
    expect(await second.restore()).toBeNull();
    const created = await second.create();
    await second.close(created.docId);
    expect(existsSync(join(folders.state, 'recovery', first.instance, `${d.docId}.json`))).toBe(true);
    // the first one goes on, and after it stops a third instance recovers its edits
    await first.update(d.docId, content('still the first'));
    first.dispose();
    const third = instance();
    const back = await third.restore();
    expect(back?.contribution.proposals[0].reasons).toBe('still the first');
    expect(back?.recovered?.message).toMatch(/Unsaved edits were recovered/);
  });

  it('tells stale from live: the journal of a process that no longer runs is taken over, once', async () => {
    const dead = instance();
    const d = await dead.create();
    await dead.update(d.docId, content('from a killed process'));
    // make it look like another process that died: its pid no longer runs
    const owner = join(folders.state, 'recovery', dead.instance, 'owner.json');
    const o = JSON.parse(readFileSync(owner, 'utf8'));
    writeFileSync(owner, JSON.stringify({ ...o, pid: 2 ** 22 + 12345 }));
    const a = instance();
    const b = instance();
    const [ra, rb] = await Promise.all([a.restore(), b.restore()]);
    const recovered = [ra, rb].filter((r) => r?.contribution.proposals[0].reasons === 'from a killed process');
    expect(recovered).toHaveLength(1);
    expect(readdirSync(join(folders.state, 'recovery')).includes(dead.instance)).toBe(false);
  });
});
