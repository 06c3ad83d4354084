/**
 * Bounded, isolated reading in the host (issue 19): Word documents are read in the reader's
 * thread, so the host answers other calls while one is read and survives a hostile one; special
 * files in the data folder are neither listed nor opened; nothing outside the data folder is
 * reached through a link inside it. Through the host's validating handlers, as every host calls them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { writeContributionFile } from '../../main/services/contributionFile';
import type { FileEntry, OpenDocument } from '../../shared/host/hostApi';
import { hostFixture, type HostFixture } from '../ipc/hostFixture';
import { sampleContribution } from '../services/sampleContribution';
import { goodContribution, hostileDocuments, type HostileFile } from './hostile/hostileFiles';

const corpus = new Corpus();
const work = mkdtempSync(join(tmpdir(), 'resdraft-hostile-host-'));
let f: HostFixture;
let hostile: HostileFile[];
const fileOf = (name: string): string => hostile.find((h) => h.name === name)!.path;

beforeAll(async () => {
  hostile = await hostileDocuments(join(work, 'hostile'), corpus);
  f = hostFixture();
}, 120_000);
afterAll(() => {
  f?.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** Settles `p` and says whether it was still pending when `other` settled. */
async function stillPendingAfter(p: Promise<unknown>, other: Promise<unknown>): Promise<boolean> {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  await other;
  const pending = !settled;
  await p.catch(() => undefined);
  return pending;
}

describe('the host reads Word documents in the reader’s thread', () => {
  it('answers other calls while a document is being read, and refuses a hostile one by name without dying', async () => {
    const big = join(f.folders.documents, 'largest-document.docx');
    copyFileSync(fileOf('largest-document'), big);
    const reading = f.handlers.importWordDocument([big]) as Promise<OpenDocument>;
    const other = (async () => {
      const list = (await f.handlers.listResolutions([])) as unknown[];
      const info = (await f.handlers.getAppInfo([])) as { name: string };
      return [list.length, info.name];
    })();
    expect(await stillPendingAfter(reading, other)).toBe(true);
    expect(await other).toEqual([14, 'Resolution Drafter']);
    await expect(reading).rejects.toThrow(/largest-document\.docx: holds no resolution/);

    for (const name of ['zip-bomb', 'zip-bomb-lying', 'huge-document-lying', 'invalid-utf8', 'duplicate-document']) {
      const path = join(f.folders.documents, `${name}.docx`);
      copyFileSync(fileOf(name), path);
      await expect(f.handlers.importWordDocument([path]), name).rejects.toThrow(hostile.find((h) => h.name === name)!.says!);
    }
    // the host goes on: a real contribution opens
    const good = join(f.folders.documents, 'good.docx');
    writeFileSync(good, await goodContribution(corpus));
    const opened = (await f.handlers.importWordDocument([good])) as OpenDocument;
    expect(opened.contribution.proposals[0].baseline).toEqual({ edition: 'kigali-2022', number: '34' });
  }, 120_000);

  it('a FIFO named x.docx in the data folder is not listed, and opening it is refused at once', async () => {
    const fifo = join(f.folders.documents, 'x.docx');
    execFileSync('mkfifo', [fifo]);
    const fifo2 = join(f.folders.documents, 'y.resdraft');
    execFileSync('mkfifo', [fifo2]);
    const words = (await f.handlers.listWordDocuments([])) as FileEntry[];
    expect(words.map((e) => e.name)).not.toContain('x.docx');
    expect(((await f.handlers.listContributionFiles([])) as FileEntry[]).map((e) => e.name)).not.toContain('y.resdraft');
    await expect(f.handlers.importWordDocument([fifo])).rejects.toThrow(/x\.docx: it is a FIFO \(named pipe\), not a file/);
    await expect(f.handlers.openContribution([fifo2])).rejects.toThrow(/it is not a regular file/);
    await expect(f.handlers.compileSynopsis([[fifo2], '34'])).rejects.toThrow(/it is a FIFO \(named pipe\), not a file/);
    rmSync(fifo);
    rmSync(fifo2);
  });
});

describe('nothing outside the data folder is reached through a link inside it', () => {
  it('a linked folder and a linked file: not listed, not opened, not compiled, and nothing of them is echoed', async () => {
    const outside = join(work, 'outside');
    mkdirSync(outside);
    const secret = sampleContribution();
    secret.proposals[0].reasons = 'SECRET-FIRST-LINE';
    writeContributionFile(join(outside, 'secret.resdraft'), secret);
    writeFileSync(join(outside, 'secret.docx'), await goodContribution(corpus));
    writeFileSync(join(outside, 'passwd.txt'), 'root:x:0:0:SECRET-FIRST-LINE\n');
    symlinkSync(outside, join(f.folders.documents, 'linked'));
    symlinkSync(join(outside, 'secret.resdraft'), join(f.folders.documents, 'alias.resdraft'));
    symlinkSync(join(outside, 'secret.docx'), join(f.folders.documents, 'alias.docx'));

    const names = [...((await f.handlers.listContributionFiles([])) as FileEntry[]), ...((await f.handlers.listWordDocuments([])) as FileEntry[])].map((e) => e.name);
    expect(names).not.toContain('alias.resdraft');
    expect(names).not.toContain('alias.docx');
    for (const path of [join(f.folders.documents, 'linked', 'secret.resdraft'), join(f.folders.documents, 'alias.resdraft')]) {
      await expect(f.handlers.openContribution([path])).rejects.toThrow(/is outside the data folder/);
      const synopsis = f.handlers.compileSynopsis([[path], '34']);
      await expect(synopsis).rejects.toThrow(/is outside the data folder/);
      await expect(synopsis).rejects.not.toThrow(/SECRET/);
    }
    for (const path of [join(f.folders.documents, 'linked', 'secret.docx'), join(f.folders.documents, 'alias.docx')]) {
      await expect(f.handlers.importWordDocument([path])).rejects.toThrow(/is outside the data folder/);
    }
    const passwd = f.handlers.compileSynopsis([[join(f.folders.documents, 'linked', 'passwd.txt')], '34']);
    await expect(passwd).rejects.toThrow(/is outside the data folder/);
    await expect(passwd).rejects.not.toThrow(/SECRET|root:x/);
  });
});
