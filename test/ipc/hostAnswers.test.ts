/**
 * The host answers the page's questions (the page never asks which host it runs in): how a file is
 * chosen for each purpose (planFile), the document as another window left it (getDocument), and the
 * keys its menus take (AppInfo.menuKeys). Checked on the host service with and without native
 * dialogs, through the validating handlers, and over HTTP in the real browser host.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostService } from '../../main/host/hostService';
import { Corpus } from '../../main/services/corpus';
import { DocumentSession } from '../../main/services/documentSession';
import { sampleContribution } from '../services/sampleContribution';
import { startWebHost } from '../browser/harness';
import { apiCall } from '../web/rawRequest';
import { hostFixture, type HostFixture } from './hostFixture';

const fixtures: HostFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.dispose();
});
function fixture(dialogs?: Parameters<typeof hostFixture>[0]): HostFixture {
  const f = hostFixture(dialogs);
  fixtures.push(f);
  return f;
}

const content = () => {
  const c = sampleContribution();
  return { settings: c.settings, proposals: c.proposals };
};

describe('planFile: whether the page asks, and the name the host proposes', () => {
  it('a host without dialogs: the page chooses the file to open and asks for a name no file has', async () => {
    const f = fixture();
    const doc = await f.service.newContribution();
    expect(await f.service.planFile('open')).toEqual({ pageAsks: true, folder: f.folders.documents });
    writeFileSync(join(f.folders.documents, 'Contribution.resdraft'), 'taken');
    expect(await f.handlers.planFile(['save', doc.docId])).toEqual({ pageAsks: true, folder: f.folders.documents, suggested: 'Contribution 2.resdraft' });
    expect(await f.service.planFile('saveAs', doc.docId)).toMatchObject({ pageAsks: true, suggested: 'Contribution 2.resdraft' });
    expect(await f.service.planFile('export', doc.docId)).toEqual({ pageAsks: true, folder: f.folders.documents, suggested: 'Contribution', formats: ['docx', 'html'] });
    // once the document has its file, Save needs no question; Save As still does
    await f.service.updateContribution(doc.docId, content());
    await f.service.saveContributionAs(doc.docId, { path: 'apt' });
    expect(await f.service.planFile('save', doc.docId)).toEqual({ pageAsks: false, folder: f.folders.documents });
    expect(await f.service.planFile('saveAs', doc.docId)).toMatchObject({ pageAsks: true, suggested: 'apt 2.resdraft' });
    await expect(f.service.planFile('save', 'no-such-doc')).rejects.toThrow(/No open document/);
  });

  it('a host with its own dialogs: the page asks nothing; PDF where the host can print one', async () => {
    const f = fixture({ chooseOpenPath: async () => null, chooseSavePath: async () => null });
    const doc = await f.service.newContribution();
    for (const purpose of ['open', 'save', 'saveAs'] as const) expect((await f.service.planFile(purpose, purpose === 'open' ? undefined : doc.docId)).pageAsks).toBe(false);
    const session = new DocumentSession({ folders: f.folders, author: () => 'tester' });
    const printing = createHostService({ kind: 'electron', version: '0', corpus: new Corpus(), folders: f.folders, session, printPdf: async () => new Uint8Array(), dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null }, menuKeys: ['Mod-s', 'F1'] });
    const printable = await printing.newContribution();
    expect((await printing.planFile('export', printable.docId)).formats).toEqual(['docx', 'html', 'pdf']);
    expect((await printing.getAppInfo()).menuKeys).toEqual(['Mod-s', 'F1']);
    expect((await f.service.getAppInfo()).menuKeys).toEqual([]);
    session.dispose();
  });
});

describe('getDocument: the document as another window left it', () => {
  it('returns the host’s content and revision without reading the file', async () => {
    const f = fixture();
    const doc = await f.service.newContribution();
    const state = await f.service.updateContribution(doc.docId, content(), doc.revision);
    const held = await f.handlers.getDocument([doc.docId]);
    expect(held).toMatchObject({ docId: doc.docId, revision: state.revision, dirty: true, recovered: null });
    expect((held as { contribution: unknown }).contribution).toEqual(content());
  });
});

describe('over HTTP, in the browser host', () => {
  it('answers planFile and getDocument like any method', async () => {
    const host = await startWebHost();
    try {
      const port = Number(new URL(host.url).port);
      const call = async (method: string, args: unknown[]): Promise<unknown> => {
        const reply = JSON.parse((await apiCall(port, '/app/', method, args)).body) as { ok: boolean; value?: unknown; error?: string };
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      };
      const doc = (await call('newContribution', [])) as { docId: string };
      expect(await call('planFile', ['save', doc.docId])).toMatchObject({ pageAsks: true, suggested: 'Contribution.resdraft' });
      expect(await call('getDocument', [doc.docId])).toMatchObject({ docId: doc.docId, path: null });
      expect((await call('getAppInfo', [])) as { menuKeys: string[] }).toMatchObject({ menuKeys: [] });
      await expect(call('planFile', ['print'])).rejects.toThrow(/Invalid arguments for planFile/);
    } finally {
      await host.close();
    }
  }, 60_000);
});
