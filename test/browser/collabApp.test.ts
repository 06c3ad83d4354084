import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { authorize, CHROMIUM_ARGS, startWebHost, type WebHost } from './harness';
import { closeTool, LINES, openProposal, openTool, pageLines, selectInLine } from './editorPage';
import { answerSaveName } from './saveName';
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

async function typeAtEnd(page: Page, lineText: string, words: string): Promise<void> {
  await selectInLine(page, lineText);
  await page.keyboard.type(words);
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
    readInvite = await dialog.getByTestId('invite-read').inputValue();
    expect(parseInvite(edit)).toMatchObject({ server: serve.url });
    expect(parseInvite(readInvite)).toMatchObject({ server: serve.url });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await amina.locator(`${STATUS}[data-status="online"]`).waitFor(WAIT);

    await bruno.getByTestId('join-room').click();
    const join = bruno.getByTestId('join-dialog');
    await join.getByTestId('join-invite').fill(edit);
    await join.getByTestId('join-name').fill('Bruno');
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await bruno.locator('.rd-number-line', { hasText: /^RESOLUTION 30 / }).first().waitFor(WAIT);
    await bruno.locator(`${STATUS}[data-status="online"]`).waitFor(WAIT);
    await expect.poll(async () => (await statusOf(amina)).text, WAIT).toBe('Shared proposal: online with 1 colleague in the room.');
    expect(draftOf(await pageLines(bruno))).toEqual(draftOf(await pageLines(amina)));
  }, 60_000);

  it('both type in different items at the same moment: both pages show both edits and the other’s caret with its name; the marks are compare of the shared draft', async () => {
    await Promise.all([typeAtEnd(amina, 'on bridging the digital divide;', ' alphaword'), typeAtEnd(bruno, 'on transforming our world', ' betaword')]);
    for (const page of [amina, bruno]) for (const word of ['alphaword', 'betaword']) await editorHas(page, word);
    await amina.locator('.rd-peer-caret[data-peer="Bruno"]').waitFor(WAIT);
    await bruno.locator('.rd-peer-caret[data-peer="Amina"]').waitFor(WAIT);
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
    await typeAtEnd(bruno, 'on the Connect 2030 Agenda', ' gammaword');
    await expect.poll(async () => (await statusOf(bruno)).waiting, WAIT).toBeGreaterThan(0);
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
    await editorHas(amina, 'gammaword');
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

  it('the review pane says who wrote each change; the room keeps named versions; the shared proposal saves as an ordinary contribution file', async () => {
    const review = await openTool(amina, 'Review');
    const authorsOf = (where: RegExp): Promise<string> => review.locator('li', { has: amina.getByRole('button', { name: where }) }).getByTestId('review-authors').innerText();
    await expect.poll(() => authorsOf(/^f\): changed/), WAIT).toBe('Written by Amina');
    await expect.poll(() => authorsOf(/^c\): changed/), WAIT).toBe('Written by Bruno');
    await closeTool(amina);

    const versions = await openTool(bruno, 'Versions');
    const room = versions.getByTestId('room-versions');
    await room.getByTestId('room-version-name').fill('After the first round');
    await room.getByRole('button', { name: 'Keep this version' }).click();
    await room.getByText(/^After the first round — Bruno, /).waitFor(WAIT);
    await closeTool(bruno);

    await answerSaveName(bruno, 'co-drafted', () => bruno.keyboard.press('Control+Shift+s'));
    const file = join(hosts[1].dataDir, 'co-drafted.resdraft');
    await expect.poll(() => existsSync(file), WAIT).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { proposals: Array<{ draft: unknown }> };
    expect(saved.proposals).toHaveLength(1);
    expect(saved.proposals[0].draft).toEqual(await serverDraft());
  }, 60_000);
});
