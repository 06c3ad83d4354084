import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { assertWellFormedDocx } from '../support/strictXml';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostArgumentError } from '../../main/host/hostHandlers';
import { serializeContribution } from '../../main/services/contributionFile';
import { ipcListener, isTrustedSender, registerHostIpc, UntrustedSenderError, type SenderInfo } from '../../main/electron/ipcHandlers';
import { HOST_METHODS, ipcChannel, type InvokableMethod } from '../../shared/host/hostMethods';
import type { OpenDocument } from '../../shared/host/hostApi';
import { sampleContribution } from '../services/sampleContribution';
import { hostFixture, type HostFixture } from './hostFixture';
import { draftModel } from '../support/draftModel';

let f: HostFixture;
beforeEach(() => (f = hostFixture()));
afterEach(() => f.dispose());

const content = () => {
  const c = sampleContribution();
  return { settings: c.settings, proposals: c.proposals };
};

/** For every method: argument lists that must be rejected before reaching a service. */
const MALFORMED: Record<InvokableMethod, unknown[][]> = {
  listResolutions: [['Kigali 2022'], ['kigali-2022', 'extra'], [7]],
  listEditions: [['extra']],
  getBaselineText: [[], [34], ['34; rm -rf /'], ['34', '../../etc'], ['34', 'kigali-2022', 'extra']],
  getAppInfo: [[1]],
  restoreSession: [[{}]],
  newContribution: [['x']],
  openContribution: [[42], [''], ['a\0b'], ['x'.repeat(5000)], ['a', 'b']],
  listContributionFiles: [[null]],
  listWordDocuments: [['x']],
  importWordDocument: [[42], [''], ['a\0b'], ['x'.repeat(5000)], ['a', 'b']],
  listRecentFiles: [[true]],
  updateContribution: [[], ['doc'], ['doc', content(), 'x'], ['doc', content(), 1.5], ['../doc', content()], ['doc', { settings: {}, proposals: [] }], ['doc', { ...content(), proposals: [{ id: 'x' }] }], ['doc', 'content']],
  patchContribution: [
    [],
    ['doc'],
    ['../doc', {}],
    ['doc', {}, 'x'],
    ['doc', { extra: 1 }],
    ['doc', { proposals: [{ id: 'x' }] }],
    ['doc', { order: [''] }],
    ['doc', { drafts: [{ id: 'p', patch: { calls: { at: -1, remove: 0, insert: [] } } }] }],
    ['doc', { drafts: [{ id: 'p', patch: { calls: { at: 0, remove: 0, insert: [{ phrase: 'x' }] } } }] }],
    ['doc', { drafts: [{ id: 'p', patch: { script: 'x' } }] }],
  ],
  saveContribution: [[], [7], ['doc', 7], ['doc', 'x'.repeat(201)]],
  saveContributionAs: [[], ['doc', 'name.resdraft'], ['doc', { path: 5 }], ['doc', { path: 'a', mode: 0o777 }], ['doc', { path: 'a', overwrite: 'yes' }]],
  exportContribution: [['doc'], ['doc', { format: 'odt' }], ['doc', { format: 'docx', mode: 'red' }], ['doc', { format: 'docx', target: '/tmp/x' }], ['doc', { format: 'docx', script: 'x' }]],
  closeContribution: [[], ['a/b']],
  checkDocument: [[], ['doc', 'one'], ['doc', -1], ['doc', 1, 2]],
  reloadContribution: [[], ['a/b'], ['doc', 1]],
  getTheirContribution: [[], [{}]],
  keepContributionCopy: [['doc'], ['doc', { settings: {}, proposals: [] }]],
  getDocument: [[], ['a/b'], ['doc', 1]],
  planFile: [[], ['print'], ['save', 'a/b'], ['export', 'doc', 'pdf']],
  suggestSaveName: [[3], ['x'.repeat(151)], ['a', 'b']],
  checkSaveName: [[], [5], ['x'.repeat(301)]],
  listVersions: [[{}]],
  getVersion: [['doc'], ['doc', 3]],
  createVersion: [['doc'], ['doc', { name: 'x' }]],
  restoreVersion: [['doc'], ['doc', '../v']],
  confirmClose: [['now']],
  openExternal: [[], [{ href: 'https://itu.int' }], ['x'.repeat(3000)]],
  compileSynopsis: [[], [[], '34'], [['a.resdraft'], '34; x'], [['a\0b'], '34'], ['a.resdraft', '34'], [['a.resdraft'], '34', 'extra']],
};

describe('host handlers validate every argument list', () => {
  for (const method of HOST_METHODS) {
    it(`${method} rejects malformed arguments`, async () => {
      expect(MALFORMED[method].length).toBeGreaterThan(0);
      for (const args of MALFORMED[method]) {
        await expect(f.handlers[method](args), `${method}(${JSON.stringify(args).slice(0, 80)})`).rejects.toBeInstanceOf(HostArgumentError);
      }
      await expect(f.handlers[method]('not an array')).rejects.toThrow(/expected an argument list/);
    });
  }

  it('the error names the method and the bad argument', async () => {
    await expect(f.handlers.getVersion(['doc', 3])).rejects.toThrow(/^Invalid arguments for getVersion: argument \[1\]: /);
    await expect(f.handlers.updateContribution(['doc', { ...content(), proposals: [{ ...content().proposals[0], symbol: 'XYZ' }] }])).rejects.toThrow(
      /argument \[1\]\.proposals\[0\]\.symbol/,
    );
  });

  it('well-formed calls reach the services', async () => {
    const list = (await f.handlers.listResolutions([])) as { number: string }[];
    expect(list.map((r) => r.number)).toContain('34');
    expect(await f.handlers.getBaselineText(['34'])).toMatch(/^RESOLUTION 34 /);
    const doc = (await f.handlers.newContribution([])) as OpenDocument;
    expect((await f.handlers.updateContribution([doc.docId, content()])) as { dirty: boolean }).toMatchObject({ dirty: true });
    expect(await f.handlers.saveContributionAs([doc.docId, { path: 'mine' }])).toMatchObject({ name: 'mine.resdraft', dirty: false });
    await f.handlers.openExternal(['https://www.itu.int/']);
    expect(f.calls).toEqual(['openExternal https://www.itu.int/']);
  });
});

describe('export through the host', () => {
  it('writes the current draft (unsaved edits included) as .docx and .html in the data folder', async () => {
    const doc = (await f.handlers.newContribution([])) as OpenDocument;
    await f.handlers.updateContribution([doc.docId, content()]);
    const docx = (await f.handlers.exportContribution([doc.docId, { format: 'docx', target: { path: 'APT proposals' } }])) as { path: string; name: string; bytes: number };
    expect(docx.name).toBe('APT proposals.docx');
    expect(docx.path).toBe(join(f.folders.documents, 'APT proposals.docx'));
    const bytes = readFileSync(docx.path);
    assertWellFormedDocx(new Uint8Array(bytes));
    expect(bytes.length).toBe(docx.bytes);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const html = (await f.handlers.exportContribution([doc.docId, { format: 'html', mode: 'clean', target: { path: 'preview.html' } }])) as { path: string };
    expect(readFileSync(html.path, 'utf8')).toMatch(/ACP\/23A1\/1/);
    // PDF needs a printer (Electron's printToPDF); without one the host says so and writes nothing
    await expect(f.handlers.exportContribution([doc.docId, { format: 'pdf', target: { path: 'preview.pdf' } }])).rejects.toThrow('PDF export needs the desktop app');
    expect(existsSync(join(f.folders.documents, 'preview.pdf'))).toBe(false);
  });

  it('a draft that does not parse is named, and nothing is written', async () => {
    const doc = (await f.handlers.newContribution([])) as OpenDocument;
    const c = content();
    c.proposals[1].draft = draftModel('not a resolution');
    await f.handlers.updateContribution([doc.docId, c]);
    await expect(f.handlers.exportContribution([doc.docId, { format: 'docx', target: { path: 'x' } }])).rejects.toThrow(/proposal 2 \(Resolution 34\)/);
    expect(readdirSync(f.folders.documents)).toEqual([]);
  });

  it('without a target and without dialogs (browser host) it writes a name no file has; with a dialog, cancel writes nothing', async () => {
    const doc = (await f.handlers.newContribution([])) as OpenDocument;
    const first = (await f.handlers.exportContribution([doc.docId, { format: 'docx' }])) as { name: string };
    const second = (await f.handlers.exportContribution([doc.docId, { format: 'docx' }])) as { name: string };
    expect([first.name, second.name]).toEqual(['Contribution.docx', 'Contribution 2.docx']);
    const withDialog = hostFixture({ chooseOpenPath: async () => null, chooseSavePath: async () => null });
    try {
      const d = (await withDialog.handlers.newContribution([])) as OpenDocument;
      expect(await withDialog.handlers.exportContribution([d.docId, { format: 'docx' }])).toBeNull();
      expect(readdirSync(withDialog.folders.documents)).toEqual([]);
    } finally {
      withDialog.dispose();
    }
  });
});

describe('the Save As rule with the desktop dialog', () => {
  it('proposes a name no file has; a name the dialog returned without the extension does not replace a file silently', async () => {
    const proposed: string[] = [];
    let answer = '';
    const desk = hostFixture({ chooseOpenPath: async () => null, chooseSavePath: async (path) => (proposed.push(path), answer) });
    try {
      writeFileSync(join(desk.folders.documents, 'Contribution.docx'), 'a colleague’s file');
      const doc = (await desk.handlers.newContribution([])) as OpenDocument;
      await desk.handlers.updateContribution([doc.docId, content()]);
      answer = join(desk.folders.documents, 'Contribution');
      await expect(desk.handlers.exportContribution([doc.docId, { format: 'docx' }])).rejects.toThrow(
        `"Contribution.docx" already exists in ${desk.folders.documents}. Choose another name, or choose "Contribution.docx" itself in the dialog to replace it.`,
      );
      expect(proposed[0]).toBe(join(desk.folders.documents, 'Contribution 2.docx'));
      expect(readFileSync(join(desk.folders.documents, 'Contribution.docx'), 'utf8')).toBe('a colleague’s file');
      // the very name chosen in the dialog (which asked before replacing it) is replaced
      answer = join(desk.folders.documents, 'Contribution.docx');
      expect(await desk.handlers.exportContribution([doc.docId, { format: 'docx' }])).toMatchObject({ name: 'Contribution.docx' });
      expect(readFileSync(join(desk.folders.documents, 'Contribution.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
      // Save As: the same for a contribution file
      writeFileSync(join(desk.folders.documents, 'mine.resdraft'), serializeContribution(sampleContribution()));
      answer = join(desk.folders.documents, 'mine');
      await expect(desk.handlers.saveContributionAs([doc.docId])).rejects.toThrow(/"mine\.resdraft" already exists/);
    } finally {
      desk.dispose();
    }
  });
});

describe('paths from the renderer are confined to the data folder', () => {
  it('Save As takes a bare file name only', async () => {
    const doc = (await f.handlers.newContribution([])) as OpenDocument;
    for (const path of ['../escape', '/tmp/x', 'sub/dir', '..\\win', '.hidden']) {
      await expect(f.handlers.saveContributionAs([doc.docId, { path }])).rejects.toThrow(/is not a file name/);
    }
  });

  it('Open refuses a path outside the data folder and the recent list', async () => {
    await expect(f.handlers.openContribution(['/etc/passwd'])).rejects.toThrow(/outside the data folder/);
    await expect(f.handlers.openContribution([])).rejects.toThrow(/no file dialog/);
    await expect(f.handlers.importWordDocument(['/etc/passwd.docx'])).rejects.toThrow(/outside the data folder/);
    await expect(f.handlers.importWordDocument([])).rejects.toThrow(/no file dialog/);
  });
});

describe('sender check', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as unknown as SenderInfo;

  it('accepts only the top frame of app://resdraft', () => {
    expect(isTrustedSender(frame('app://resdraft/index.html'))).toBe(true);
    expect(isTrustedSender(frame('app://resdraft/index.html#/res/34'))).toBe(true);
    expect(isTrustedSender(frame('app://resdraft/index.html', {}))).toBe(false); // an iframe
    expect(isTrustedSender(frame('app://evil/index.html'))).toBe(false);
    expect(isTrustedSender(frame('file:///work/out/renderer/index.html'))).toBe(false);
    expect(isTrustedSender(frame('https://resdraft/index.html'))).toBe(false);
    expect(isTrustedSender(frame('app://user:pw@resdraft/'))).toBe(false);
    expect(isTrustedSender(frame('not a url'))).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as unknown as SenderInfo)).toBe(false);
  });

  it('an untrusted sender is refused before argument validation or any service call', async () => {
    let called = 0;
    const listener = ipcListener('listResolutions', async () => ++called);
    await expect(listener(frame('https://example.com/'))).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(called).toBe(0);
    expect(await listener(frame('app://resdraft/index.html'))).toBe(1);
  });

  it('registerHostIpc registers exactly one checked channel per method', async () => {
    const registered = new Map<string, (event: SenderInfo, ...args: unknown[]) => Promise<unknown>>();
    const channels = registerHostIpc({ handle: (ch, l) => void registered.set(ch, l as never) }, f.handlers);
    expect(channels).toEqual(HOST_METHODS.map(ipcChannel));
    expect(registered.size).toBe(HOST_METHODS.length);
    const get = registered.get('resdraft:getBaselineText')!;
    await expect(get(frame('app://resdraft/index.html'), '5')).resolves.toMatch(/^RESOLUTION 5 /);
    await expect(get(frame('app://resdraft/index.html'), 5)).rejects.toBeInstanceOf(HostArgumentError);
    await expect(get(frame('https://attacker.example/'), '5')).rejects.toBeInstanceOf(UntrustedSenderError);
  });
});
