import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { authorize, CHROMIUM_ARGS, startWebHost, type WebHost } from './harness';
import { closeTool, LINES, openProposal, openTool, pageLines, selectInLine, symbol } from './editorPage';
import { answerSaveName } from './saveName';
import { audit, blocking } from '../a11y/axeAudit';
import { checkPage, draftOf } from './editorLaw';
import { startServe, stopAll, type ServeProcess } from '../collab/collabProcesses';
import { joinRoom, serverAddress } from '../../main/collab/roomClient';
import { parseInvite } from '../../shared/collab/invite';
import { readDraft } from '../../shared/collab/readLines';
import { draftFragment } from '../../shared/collab/sharedProposal';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';

/**
 * Two delegates co-draft one resolution in Chromium, each in their own app (a browser host of
 * their own) against a real `resdraft serve`: one shares the proposal, the other joins with the
 * invite; they type in different items at the same moment; each sees the other's edit and caret
 * with its name, and the marks are the engine's compare of the shared draft. Then the server stops:
 * the window says it is offline and how many edits wait, the edits survive a reload, and once the
 * server is back both converge. Undo on one page undoes only its own edit.
 */

const BASE = fromText(readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-30.txt'), 'utf8'));
const STATUS = '[data-testid="co-drafting-status"]';
const WAIT = { timeout: 20_000 };

let work: string;
let serve: ServeProcess;
let hosts: WebHost[] = [];
let browser: Browser;
let amina: Page;
let bruno: Page;
let readInvite = '';

async function appPage(host: WebHost): Promise<Page> {
  const context = await browser.newContext();
  await authorize(context, host);
  const page = await context.newPage();
  await page.goto(host.url);
  await page.locator('[data-number="30"]').waitFor();
  return page;
}

/** The shared draft as the server holds it (a reader joins, reads and leaves). */
async function serverDraft(): Promise<ReturnType<typeof readDraft>> {
  const invite = parseInvite(readInvite);
  if ('error' in invite) throw new Error(invite.error);
  const reader = await joinRoom(serverAddress(invite.server), invite.room, invite.token);
  try {
    return readDraft(draftFragment(reader.doc));
  } finally {
    reader.leave();
  }
}

async function editorHas(page: Page, text: string, present = true): Promise<void> {
  await page.waitForFunction(([lines, t, want]) => [...document.querySelectorAll(lines)].some((p) => (p.textContent ?? '').includes(t)) === want, [LINES, text, present] as const, WAIT);
}

async function statusOf(page: Page): Promise<{ status: string; waiting: number; text: string }> {
  const status = page.locator(STATUS);
  return { status: (await status.getAttribute('data-status')) ?? '', waiting: Number(await status.getAttribute('data-waiting')), text: (await status.textContent()) ?? '' };
}

/**
 * Puts the caret at the end of the line holding `lineText`. The editor gets the focus first and the
 * page's pending work runs: focusing a shared editor tells the colleagues where the caret is, and
 * the editor then redraws its selection, which would undo a DOM selection it has not read yet (a
 * delegate's click is read at once).
 */
async function caretAtEnd(page: Page, lineText: string): Promise<void> {
  await page.locator('.rd-editor').focus();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await selectInLine(page, lineText);
}

async function typeAtEnd(page: Page, lineText: string, words: string): Promise<void> {
  await caretAtEnd(page, lineText);
  await page.keyboard.type(words);
}

/** How many updates the page keeps of the room on disk (y-indexeddb's store). */
function updatesOnDisk(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        void indexedDB.databases().then((dbs) => {
          const name = dbs.map((d) => d.name ?? '').find((n) => n.startsWith('resdraft-room-'));
          if (!name) return resolve(0);
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('updates').objectStore('updates').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
          open.onerror = () => resolve(0);
        });
      }),
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-collab-app-'));
  serve = await startServe({ data: join(work, 'store') });
  const env = { RESDRAFT_CODRAFTING_SERVERS: serve.url };
  hosts = [await startWebHost({ env }), await startWebHost({ env })];
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  amina = await appPage(hosts[0]);
  bruno = await appPage(hosts[1]);
}, 90_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  for (const h of hosts) await h.close();
  await stopAll();
  rmSync(work, { recursive: true, force: true });
});

describe('two delegates co-draft one resolution in Chromium', () => {
  it('one shares the proposal (the invite holds server, room and token), the other joins with it', async () => {
    await openProposal(amina, '30');
    await amina.getByTestId('share-proposal').click();
    const dialog = amina.getByTestId('share-dialog');
    await expect.poll(() => dialog.getByTestId('share-server').inputValue()).toBe(serve.url);
    await dialog.getByTestId('share-name').fill('Amina');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    const edit = await dialog.getByTestId('invite-edit').inputValue();
    expect(blocking(await audit(amina, 'the share dialog with its invites'))).toEqual([]);
    readInvite = await dialog.getByTestId('invite-read').inputValue();
    expect(parseInvite(edit)).toMatchObject({ server: serve.url });
    expect(parseInvite(readInvite)).toMatchObject({ server: serve.url });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await amina.locator(`${STATUS}[data-status="online"]`).waitFor(WAIT);

    await bruno.getByTestId('join-room').click();
    const join = bruno.getByTestId('join-dialog');
    await join.getByTestId('join-invite').fill(edit);
    await join.getByTestId('join-name').fill('Bruno');
    expect(blocking(await audit(bruno, 'the join dialog'))).toEqual([]);
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await bruno.locator('.rd-number-line', { hasText: /^RESOLUTION 30 / }).first().waitFor(WAIT);
    await bruno.locator(`${STATUS}[data-status="online"]`).waitFor(WAIT);
    // the marks are drawn once the adopted text is read (the editor is made again with it)
    await expect.poll(() => symbol(bruno), WAIT).toBe('NOC');
    await expect.poll(async () => (await statusOf(amina)).text, WAIT).toBe('Shared proposal: online with 1 colleague in the room.');
    expect(blocking(await audit(amina, 'a shared proposal'))).toEqual([]);
    expect(draftOf(await pageLines(bruno))).toEqual(draftOf(await pageLines(amina)));
  }, 60_000);

  it('both type in different items at the same moment: both pages show both edits and the other’s caret with its name; the marks are compare of the shared draft', async () => {
    // each puts the caret in their item first (a colleague's edit arriving before the editor has read
    // a new DOM selection would put the caret back where the editor had it), then both type at once
    await caretAtEnd(amina, 'on bridging the digital divide;');
    await caretAtEnd(bruno, 'on transforming our world');
    await Promise.all([amina.keyboard.type(' alphaword'), bruno.keyboard.type(' betaword')]);
    for (const page of [amina, bruno]) for (const word of ['alphaword', 'betaword']) await editorHas(page, word);
    await amina.locator('.rd-peer-caret[data-peer="Bruno"]').waitFor(WAIT);
    await bruno.locator('.rd-peer-caret[data-peer="Amina"]').waitFor(WAIT);
    expect(blocking(await audit(amina, "a colleague's caret and name"))).toEqual([]);
    await expect.poll(async () => JSON.stringify(await serverDraft()), WAIT).toBe(JSON.stringify(draftOf(await pageLines(amina))));
    const shared = await serverDraft();
    for (const page of [amina, bruno]) {
      expect(draftOf(await pageLines(page))).toEqual(shared);
      await checkPage(page, BASE, 'the marks of the shared draft');
    }
    const changes = compare(BASE, shared);
    expect(changes.rows.filter((r) => r.status === 'modified')).toHaveLength(2);
  }, 60_000);

  it('offline: the window says so and how many edits wait; they survive a reload and merge when the server is back', async () => {
    await serve.stop();
    for (const page of [amina, bruno]) await page.locator(`${STATUS}[data-status="offline"]`).waitFor(WAIT);
    const onDisk = await updatesOnDisk(bruno);
    await typeAtEnd(bruno, 'on the Connect 2030 Agenda', ' gammaword');
    // each keystroke is one edit; all of them wait, and are on disk before the reload
    await expect.poll(async () => (await statusOf(bruno)).waiting, WAIT).toBe(' gammaword'.length);
    await expect.poll(() => updatesOnDisk(bruno), WAIT).toBeGreaterThanOrEqual(onDisk + ' gammaword'.length);
    const before = await statusOf(bruno);
    expect(before.text).toBe(`Shared proposal: offline; ${before.waiting} edits wait to be sent. They are kept on this computer.`);
    expect(await bruno.locator(STATUS).getAttribute('role')).toBe('status');

    await bruno.reload();
    await editorHas(bruno, 'gammaword');
    await bruno.locator(`${STATUS}[data-status="offline"]`).waitFor(WAIT);
    expect((await statusOf(bruno)).waiting).toBe(before.waiting);
    await editorHas(amina, 'gammaword', false);

    serve = await startServe({ data: join(work, 'store'), port: serve.port });
    for (const page of [amina, bruno]) await page.locator(`${STATUS}[data-status="online"]`).waitFor(WAIT);
    await editorHas(amina, 'gammaword').catch(async (e: Error) => {
      const onServer = JSON.stringify(await serverDraft()).includes('gammaword');
      throw new Error(`${e.message}: the server ${onServer ? 'has' : 'lacks'} Bruno's offline edit; Bruno: ${JSON.stringify(await statusOf(bruno))}; Amina: ${JSON.stringify(await statusOf(amina))}; server: ${serve.output()}`);
    });
    await expect.poll(async () => (await statusOf(bruno)).waiting, WAIT).toBe(0);
    await expect.poll(async () => JSON.stringify(draftOf(await pageLines(amina))), WAIT).toBe(JSON.stringify(draftOf(await pageLines(bruno))));
    expect(await serverDraft()).toEqual(draftOf(await pageLines(amina)));
  }, 90_000);

  it('undo on one page undoes only that participant’s edit', async () => {
    await typeAtEnd(amina, 'alphaword', ' deltaword');
    await editorHas(bruno, 'deltaword');
    await typeAtEnd(bruno, 'betaword', ' epsilonword');
    await editorHas(amina, 'epsilonword');
    await amina.locator('.rd-editor').focus();
    await amina.keyboard.press('Control+z');
    for (const page of [amina, bruno]) {
      await editorHas(page, 'deltaword', false);
      await editorHas(page, 'epsilonword');
      await editorHas(page, 'alphaword');
    }
  }, 60_000);

  it('the reasons written on one page reach the other (a change made outside the editor goes into the room)', async () => {
    const words = 'To align the text with the outcome of the Plenipotentiary Conference.';
    await amina.getByTestId('reasons').click();
    await amina.keyboard.type(words);
    await expect.poll(() => bruno.getByTestId('reasons').inputValue(), WAIT).toBe(words);
    await expect.poll(() => amina.getByTestId('reasons').inputValue(), WAIT).toBe(words);
  }, 60_000);

  it('the review pane says who wrote each change; the room keeps named versions; the shared proposal saves as an ordinary contribution file', async () => {
    const review = await openTool(amina, 'Review');
    const authorsOf = (where: RegExp): Promise<string> => review.locator('li', { has: amina.getByRole('button', { name: where }) }).getByTestId('review-authors').innerText();
    const written = async (where: RegExp, names: string): Promise<void> =>
      expect.poll(() => authorsOf(where).catch(() => ''), WAIT).toBe(names).catch(async (e: Error) => {
        throw new Error(`${e.message}; the review pane shows: ${await review.innerText()}`);
      });
    await written(/^f\): changed/, 'Written by Amina');
    await written(/^c\): changed/, 'Written by Bruno');
    await closeTool(amina);

    const versions = await openTool(bruno, 'Versions');
    const room = versions.getByTestId('room-versions');
    await room.getByTestId('room-version-name').fill('After the first round');
    await room.getByRole('button', { name: 'Keep this version' }).click();
    await room.getByText(/^After the first round — Bruno, /).waitFor(WAIT);
    await closeTool(bruno);

    await bruno.locator('.rd-editor').focus();
    await answerSaveName(bruno, 'co-drafted', () => bruno.keyboard.press('Control+Shift+s'));
    const file = join(hosts[1].dataDir, 'co-drafted.resdraft');
    await expect.poll(() => existsSync(file), WAIT).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { proposals: Array<{ draft: unknown }> };
    expect(saved.proposals).toHaveLength(1);
    expect(saved.proposals[0].draft).toEqual(await serverDraft());
  }, 60_000);
});
