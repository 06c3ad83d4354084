// The Electron layer's logic, tested without Electron (its modules import Electron types only).
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMenuTemplate, WTDC_URL } from '../../main/electron/appMenu';
import { aboutDetail } from '../../main/electron/aboutText';
import { isAppUrl } from '../../main/electron/appOrigin';
import { ACTIVATION_MS, guardPageLinks, NoUserActivationError, openFromPage, refuseDownloads, UserActivation, type DownloadingSession, type GuardedContents } from '../../main/electron/pageGuards';
import { hostPreloadRegistration } from '../../main/electron/hostPreload';
import { mayClose, type UnsavedAnswer } from '../../main/electron/closeGuard';
import { windowTitle } from '../../main/electron/documentTitle';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState } from '../../main/electron/windowState';
import { readContributionFile } from '../../main/services/contributionFile';
import { DocumentSession } from '../../main/services/documentSession';
import type { HostCommand } from '../../shared/host/hostApi';
import { checkExternalUrl } from '../../shared/host/hostMethods';
import { sampleContribution } from '../services/sampleContribution';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'resdraft-electron-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('close prompt', () => {
  async function dirtySession(withFile: boolean, sub = 'one') {
    const folders = { documents: join(root, sub, 'docs'), state: join(root, sub, 'state') };
    mkdirSync(folders.documents, { recursive: true });
    const session = new DocumentSession({ folders, author: () => 't' });
    const d = await session.create();
    const c = sampleContribution();
    await session.update(d.docId, { settings: c.settings, proposals: c.proposals });
    if (withFile) {
      await session.saveAs(d.docId, join(folders.documents, 'f.resdraft'), '.resdraft');
      c.proposals[0].reasons = 'unsaved';
      await session.update(d.docId, { settings: c.settings, proposals: c.proposals });
    }
    return { session, folders, docId: d.docId };
  }

  it('closes at once when nothing is unsaved, without asking', async () => {
    const folders = { documents: root, state: join(root, 'state') };
    const session = new DocumentSession({ folders, author: () => 't' });
    await session.create();
    let asked = 0;
    expect(await mayClose({ session, extension: '.resdraft', ask: async () => (asked++, 'cancel'), chooseSavePath: async () => null })).toBe(true);
    expect(asked).toBe(0);
  });

  it('Cancel keeps the window open and the edits; Save writes them; Don\'t Save drops them', async () => {
    const answers: UnsavedAnswer[] = ['cancel', 'save'];
    const { session, folders } = await dirtySession(true);
    const deps = { session, extension: '.resdraft', ask: async () => answers.shift()!, chooseSavePath: async () => null };
    expect(await mayClose(deps)).toBe(false);
    expect(session.documents()[0].dirty).toBe(true);
    expect(await mayClose(deps)).toBe(true);
    expect(readContributionFile(join(folders.documents, 'f.resdraft')).contribution.proposals[0].reasons).toBe('unsaved');

    const other = await dirtySession(false, 'two');
    expect(await mayClose({ session: other.session, extension: '.resdraft', ask: async () => 'discard', chooseSavePath: async () => null })).toBe(true);
    expect(other.session.documents()).toEqual([]);
  });

  it('Save on an untitled document asks for a file; cancelling that keeps the window open', async () => {
    const { session, folders } = await dirtySession(false);
    expect(await mayClose({ session, extension: '.resdraft', ask: async () => 'save', chooseSavePath: async () => null })).toBe(false);
    expect(session.documents()[0].dirty).toBe(true);
    const target = join(folders.documents, 'chosen');
    expect(await mayClose({ session, extension: '.resdraft', ask: async () => 'save', chooseSavePath: async () => target })).toBe(true);
    expect(readContributionFile(`${target}.resdraft`).contribution.proposals).toHaveLength(2);
  });
});

describe('window state', () => {
  it('round-trips, and falls back to defaults on a damaged file', () => {
    saveWindowState(root, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(root)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(join(root, 'window-state.json'), '{"width": 5');
    expect(loadWindowState(root)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('forgets a position that is off every display (unplugged monitor)', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const onScreen = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(onScreen, displays)).toEqual(onScreen);
    expect(fitToDisplays({ ...onScreen, x: 2500 }, displays)).toEqual({ width: 1000, height: 700, maximized: false });
    expect(fitToDisplays({ ...onScreen, x: 2500 }, [...displays, { x: 1920, y: 0, width: 1920, height: 1080 }]).x).toBe(2500);
  });
});

describe('menus, title, About', () => {
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

  it('File, Edit, View, Help with the usual shortcuts; menu items send host commands', () => {
    const sent: HostCommand[] = [];
    const opened: string[] = [];
    const t = buildMenuTemplate(
      { platform: 'linux', appName: 'Resolution Drafter', recent: [{ path: '/d/a.resdraft', name: 'a.resdraft', modified: '2025-01-01T00:00:00.000Z' }], devTools: false },
      { command: (c) => sent.push(c), openRecent: (p) => opened.push(p), about: () => sent.push({ type: 'about' }), openExternal: (u) => opened.push(u) },
    );
    expect(t.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const items = flat(t);
    const byAccel = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [String(i.accelerator), i]));
    expect(Object.keys(byAccel)).toEqual(expect.arrayContaining(['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S']));
    for (const a of ['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+Alt+S']) (byAccel[a].click as () => void)();
    expect(sent.map((c) => c.type)).toEqual(['new', 'open', 'save', 'saveAs', 'createVersion']);
    (items.find((i) => i.label === 'a.resdraft')!.click as () => void)();
    (items.find((i) => i.label === 'WTDC on the ITU website')!.click as () => void)();
    expect(opened).toEqual(['/d/a.resdraft', WTDC_URL]);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'togglefullscreen']));
  });

  it('macOS gets the app menu with About first', () => {
    const t = buildMenuTemplate({ platform: 'darwin', appName: 'Resolution Drafter', recent: [], devTools: true }, { command: () => undefined, openRecent: () => undefined, about: () => undefined, openExternal: () => undefined });
    expect(t[0].label).toBe('Resolution Drafter');
    expect((t[0].submenu as MenuItemConstructorOptions[])[0].label).toBe('About Resolution Drafter');
    expect(flat(t).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('the title shows the file and a dirty marker', () => {
    expect(windowTitle(null)).toBe('Resolution Drafter');
    expect(windowTitle({ docId: 'x', path: '/a/b.resdraft', name: 'b.resdraft', dirty: false, savedAt: null, revision: 1 })).toBe('b.resdraft — Resolution Drafter');
    expect(windowTitle({ docId: 'x', path: null, name: 'Untitled', dirty: true, savedAt: null, revision: 1 })).toBe('● Untitled — Resolution Drafter');
  });

  it('About names the version and the bundled edition', () => {
    const text = aboutDetail(
      { name: 'Resolution Drafter', version: '0.1.0', host: 'electron', edition: { id: 'kigali-2022', conference: 'WTDC-22', place: 'Kigali', year: 2022 }, documentsDir: '/home/u/Documents/Resolution Drafter' },
      14,
      { ...process.versions, electron: '45.5.0', chrome: '140' },
    );
    expect(text).toMatch(/^Version 0\.1\.0\nBundled baseline: WTDC-22 \(Kigali, 2022\), 14 resolutions/);
    expect(text).toMatch(/Electron 45\.5\.0/);
  });
});

describe('URLs', () => {
  it('only app://resdraft is ours', () => {
    expect(isAppUrl('app://resdraft/index.html')).toBe(true);
    for (const u of ['app://resdraft.evil/', 'http://resdraft/', 'file:///index.html', 'app:resdraft', '', null]) expect(isAppUrl(u)).toBe(false);
  });

  it('external links: https and mailto only, parsed first', () => {
    expect(checkExternalUrl('https://www.itu.int/x?y=1')).toBe('https://www.itu.int/x?y=1');
    expect(checkExternalUrl('mailto:a@b.org')).toBe('mailto:a@b.org');
    for (const u of ['http://itu.int', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@itu.int/', 'not a url']) {
      expect(() => checkExternalUrl(u), u).toThrow();
    }
  });
});

describe('the host-API preload', () => {
  it('is registered for our own origin only, as a frame preload with an absolute path', () => {
    const r = hostPreloadRegistration('/opt/resdraft/out/preload/preload.cjs');
    expect(r).toEqual({ id: 'resdraft-host-api', type: 'frame', filePath: '/opt/resdraft/out/preload/preload.cjs', matches: ['app://resdraft/*'] });
    expect(() => hostPreloadRegistration('out/preload/preload.cjs')).toThrow('must be absolute');
  });
});

describe('what a page may make the app do outside itself', () => {
  /** A stand-in for a WebContents: its events, and the window-open handler it was given. */
  function fakePage() {
    const events = new EventEmitter();
    let handler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: (...a: unknown[]) => void) => (events.on(event, listener), contents),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => void (handler = h),
    };
    const input = (type: string) => events.emit('input-event', {}, { type });
    const windowOpen = (url: string) => handler!({ url });
    return { contents: contents as unknown as GuardedContents, input, windowOpen };
  }

  it('a link a page opens without the user\'s click is not opened; after a click, exactly one is', async () => {
    let clock = 1_000_000;
    const opened: string[] = [];
    const page = fakePage();
    guardPageLinks(page.contents, async (url) => void opened.push(url), new UserActivation(() => clock));
    // a script calling window.open on its own (no click): denied, nothing opened
    expect(page.windowOpen('https://www.itu.int/a')).toEqual({ action: 'deny' });
    page.input('mouseMove');
    expect(page.windowOpen('https://www.itu.int/b')).toEqual({ action: 'deny' });
    // the user clicks a link: that one opens in the system browser (the window itself is still denied)
    page.input('mouseDown');
    expect(page.windowOpen('https://www.itu.int/c')).toEqual({ action: 'deny' });
    // one click, one link: a second window.open from the same click is not opened
    page.windowOpen('https://www.itu.int/d');
    // a key press counts; an activation older than Chromium's 5 s does not
    page.input('rawKeyDown');
    clock += ACTIVATION_MS + 1;
    page.windowOpen('https://www.itu.int/e');
    await new Promise((r) => setImmediate(r));
    expect(opened).toEqual(['https://www.itu.int/c']);
  });

  it('the host API\'s openExternal for a page needs the user\'s click in it too', async () => {
    const opened: string[] = [];
    const page = fakePage();
    guardPageLinks(page.contents, async () => undefined);
    const open = (url: string) => openFromPage(page.contents, url, async (u) => void opened.push(u));
    await expect(open('https://www.itu.int/')).rejects.toBeInstanceOf(NoUserActivationError);
    page.input('mouseUp');
    await open('mailto:bdt@itu.int');
    await expect(open('https://www.itu.int/again')).rejects.toThrow('A link opens only when you click it: nothing was opened.');
    // a page never guarded (not ours) opens nothing
    await expect(openFromPage({}, 'https://www.itu.int/', async (u) => void opened.push(u))).rejects.toBeInstanceOf(NoUserActivationError);
    expect(opened).toEqual(['mailto:bdt@itu.int']);
  });

  it('every download a page starts is refused (will-download cancelled)', () => {
    const events = new EventEmitter();
    refuseDownloads(events as unknown as DownloadingSession);
    expect(events.listenerCount('will-download')).toBe(1);
    let prevented = false;
    let cancelled = false;
    events.emit('will-download', { preventDefault: () => (prevented = true) }, { cancel: () => (cancelled = true) }, {});
    expect([prevented, cancelled]).toEqual([true, true]);
  });

  it('the app installs both guards on every page and session (security.ts)', () => {
    const source = readFileSync(join(import.meta.dirname, '../../main/electron/security.ts'), 'utf8');
    expect(source).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => lockDown\(contents\)\)/);
    expect(source).toMatch(/guardPageLinks\(contents, openExternalSafely\)/);
    expect(source).toMatch(/refuseDownloads\(ses\)/);
    expect(source).not.toMatch(/setWindowOpenHandler/);
  });
});
