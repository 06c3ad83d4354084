/**
 * Issue 19, point 3, through the browser host's HTTP API (the renderer's only way in): Export
 * follows the Save As rule (asks before replacing; a default name never collides), names with
 * control characters are refused, an oversized body gets 413, and on a read-only disk every write
 * error is one sentence; SIGTERM with a read-only state folder stops the host quietly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../browser/harness';
import { useWebHost } from './webHostSession';
import { sampleContribution } from '../services/sampleContribution';
import { apiCall, rawRequest } from './rawRequest';

const web = useWebHost();

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

async function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const r = await apiCall(web.port, web.prefix, method, args);
  const reply = JSON.parse(r.body) as Reply;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

async function refusal(method: string, ...args: unknown[]): Promise<string> {
  return call(method, ...args).then(
    () => 'accepted',
    (e: Error) => e.message,
  );
}

async function openDocument(): Promise<string> {
  const c = sampleContribution();
  const doc = await call<{ docId: string; revision: number }>('newContribution');
  await call('updateContribution', doc.docId, { settings: c.settings, proposals: c.proposals }, doc.revision);
  return doc.docId;
}

describe('Export follows the Save As rule', () => {
  it("a colleague's contribution.docx is not replaced without a confirmation; confirmed, it is", async () => {
    const docId = await openDocument();
    const theirs = join(web.host.dataDir, 'contribution.docx');
    writeFileSync(theirs, 'the colleague returned this');
    const message = await refusal('exportContribution', docId, { format: 'docx', target: { path: 'contribution' } });
    expect(message).toBe(`"contribution.docx" already exists in ${web.host.dataDir}. Choose another name, or confirm that it should be replaced.`);
    expect(readFileSync(theirs, 'utf8')).toBe('the colleague returned this');
    expect(await call('checkSaveName', 'contribution', 'docx')).toEqual({ name: 'contribution.docx', exists: true });
    const replaced = await call<{ name: string }>('exportContribution', docId, { format: 'docx', target: { path: 'contribution', overwrite: true } });
    expect(replaced.name).toBe('contribution.docx');
    expect(readFileSync(theirs).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('the default name never collides: without a name the host writes one no file has', async () => {
    const docId = await openDocument();
    writeFileSync(join(web.host.dataDir, 'Contribution.docx'), 'kept');
    expect(await call('suggestSaveName', 'Contribution', 'docx')).toBe('Contribution 2.docx');
    const first = await call<{ name: string }>('exportContribution', docId, { format: 'docx' });
    const second = await call<{ name: string }>('exportContribution', docId, { format: 'docx' });
    expect([first.name, second.name]).toEqual(['Contribution 2.docx', 'Contribution 3.docx']);
    expect(readFileSync(join(web.host.dataDir, 'Contribution.docx'), 'utf8')).toBe('kept');
  });

  it('a name with a control character (a line break) is refused for an export and for Save As, and nothing is written', async () => {
    const docId = await openDocument();
    const before = readdirSync(web.host.dataDir);
    const exported = await refusal('exportContribution', docId, { format: 'docx', target: { path: 'a\nb' } });
    expect(exported).toBe('Cannot write "a\\nb": a file name cannot hold a line break (character 2 of the name); choose another name.');
    const saved = await refusal('saveContributionAs', docId, { path: 'report\u202Excod' });
    expect(saved).toMatch(/^Cannot write "report\u202Excod": a file name cannot hold an invisible direction control \(U\+202E\)/);
    expect(readdirSync(web.host.dataDir)).toEqual(before);
  });
});

describe('request bodies', () => {
  it('a 45 MB body gets 413 with a sentence (not a reset connection), and the host answers on', async () => {
    const big = JSON.stringify({ args: ['x'.repeat(45 * 1024 * 1024)] });
    const r = await rawRequest({ port: web.port, path: `${web.prefix}api/suggestSaveName`, method: 'POST', headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${web.port}` }, body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: 'The request is larger than 40 MB, the most the browser host accepts, so it was not read.' });
    expect(await call('suggestSaveName')).toMatch(/^Contribution( \d+)?\.resdraft$/);
  });
});

const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

describe.skipIf(!canMount)('a read-only disk', () => {
  it('export, autosave and save each say what happened in one sentence; SIGTERM stops the host quietly', async () => {
    const own = await startWebHost();
    const ownPort = Number(new URL(own.url).port);
    const ownPrefix = new URL(own.url).pathname;
    const ask = async (method: string, ...args: unknown[]): Promise<string> => {
      const reply = JSON.parse((await apiCall(ownPort, ownPrefix, method, args)).body) as Reply;
      return reply.ok ? 'accepted' : reply.error;
    };
    const c = sampleContribution();
    const doc = JSON.parse((await apiCall(ownPort, ownPrefix, 'newContribution', [])).body).value as { docId: string; revision: number };
    expect(await ask('updateContribution', doc.docId, { settings: c.settings, proposals: c.proposals }, doc.revision)).toBe('accepted');
    expect(await ask('saveContributionAs', doc.docId, { path: 'mine' })).toBe('accepted');
    const bind = spawnSync('mount', ['--bind', own.dataDir, own.dataDir]);
    expect(bind.status, String(bind.stderr)).toBe(0);
    try {
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', own.dataDir]).status).toBe(0);
      const exported = await ask('exportContribution', doc.docId, { format: 'docx', target: { path: 'out' } });
      expect(exported).toBe(`Could not write "out.docx": the folder ${own.dataDir} is read-only (a read-only drive or share); nothing was written, and no file was replaced.`);
      c.proposals[0].reasons = 'edited on a read-only disk';
      const autosaved = await ask('updateContribution', doc.docId, { settings: c.settings, proposals: c.proposals }, doc.revision + 2);
      expect(autosaved).toMatch(/^Autosave failed: the folder .*\.state is read-only \(a read-only drive or share\), so your latest edits are kept in this window only; save them to a file \(Save As\)\.$/);
      const saved = await ask('saveContribution', doc.docId);
      expect(saved).toMatch(/^Could not save "mine\.resdraft": the folder .* is read-only \(a read-only drive or share\)\. The file on disk is unchanged\./);
      for (const m of [exported, autosaved, saved]) expect(m).not.toMatch(/EROFS|ENOSPC|\.resdraft-tmp-|errno/);
      expect(existsSync(join(own.dataDir, 'out.docx'))).toBe(false);
      await own.kill('SIGTERM');
      expect(own.output()).not.toMatch(/Uncaught|EROFS| {4}at /);
    } finally {
      spawnSync('umount', [own.dataDir]);
      await own.close();
    }
  });
});
