/**
 * The store's co-drafting sessions without a DOM, against a real `resdraft serve` and the real host
 * service: a shared proposal's room is the one place its edits come in from. A colleague's edit
 * (a scripted participant) reaches the store as the co-drafting source's draft edit, and the
 * store's outcome is the engine's compare of the shared draft; an edit made while the server is
 * down waits (counted) and reaches the colleague once it is back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostApi } from '../../shared/host/hostApi';
import { ContributionStore } from '../../renderer/store/contributionStore';
import { CO_DRAFTING_SOURCE } from '../../renderer/store/coDrafting';
import { joinRoom, serverAddress, type RoomSession } from '../../main/collab/roomClient';
import { parseInvite } from '../../shared/collab/invite';
import { locateOnce, replaceInLine } from '../../shared/collab/lineEdit';
import { readDraft, sharedLines } from '../../shared/collab/readLines';
import { draftFragment } from '../../shared/collab/sharedProposal';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { startServe, stopAll, until, type ServeProcess } from '../collab/collabProcesses';
import { hostFixture, type HostFixture } from '../ipc/hostFixture';

const BASE = fromText(readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-30.txt'), 'utf8'));

let work: string;
let serve: ServeProcess;
let fx: HostFixture;
let store: ContributionStore;
let colleague: RoomSession;
const servers = process.env.RESDRAFT_CODRAFTING_SERVERS;

function edit(doc: RoomSession['doc'], old: string, next: string): void {
  const at = locateOnce(sharedLines(draftFragment(doc)), old);
  replaceInLine(at.line.node, at.from, at.to, next);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-codrafting-store-'));
  serve = await startServe({ data: join(work, 'store') });
  process.env.RESDRAFT_CODRAFTING_SERVERS = serve.url;
  fx = hostFixture();
  store = new ContributionStore({ ...fx.service, onCommand: () => () => undefined } as HostApi);
  await store.start();
}, 60_000);

afterAll(async () => {
  colleague?.leave();
  store?.dispose();
  fx?.dispose();
  await stopAll();
  if (servers === undefined) delete process.env.RESDRAFT_CODRAFTING_SERVERS;
  else process.env.RESDRAFT_CODRAFTING_SERVERS = servers;
  rmSync(work, { recursive: true, force: true });
});

describe("a shared proposal's edits come into the store from its room", () => {
  let id: string;

  it("a colleague's edit reaches the store as the co-drafting source's draft, and the outcome is compare of the shared draft", async () => {
    id = (await store.startProposal('30', false))!;
    const invites = await store.coDrafting.share(id, serve.url, 'Amina');
    const invite = parseInvite(invites.edit);
    if ('error' in invite) throw new Error(invite.error);
    await until('the room is open', () => store.getState().shared[id]?.status === 'online');
    colleague = await joinRoom(serverAddress(invite.server), invite.room, invite.token, { name: 'Bruno' });
    edit(colleague.doc, 'on bridging the digital divide', 'on bridging the digital divide and gaps');
    await until("the colleague's edit is in the store", () => JSON.stringify(store.proposal(id)?.draft).includes('divide and gaps'));
    expect(store.getState().lastSource).toBe(CO_DRAFTING_SOURCE);
    const shared = readDraft(draftFragment(colleague.doc));
    expect(store.proposal(id)?.draft).toEqual(shared);
    expect(store.outcomeOf(id)?.changes).toEqual(compare(BASE, shared));
    await until('the colleague is in the room', () => store.getState().shared[id].participants.length === 2);
  }, 60_000);

  it('an edit made while the server is down waits, counted, and reaches the colleague when it is back', async () => {
    await serve.stop();
    await until('the store says offline', () => store.getState().shared[id].status === 'offline');
    const session = store.coDrafting.session(id)!;
    edit(session.doc, 'on transforming our world', 'on transforming our world (2015)');
    expect(store.getState().shared[id].waiting).toBe(1);
    expect(JSON.stringify(store.proposal(id)?.draft)).toContain('our world (2015)');
    serve = await startServe({ data: join(work, 'store'), port: serve.port });
    await until('the store is online again with nothing waiting', () => store.getState().shared[id].status === 'online' && store.getState().shared[id].waiting === 0, 30_000);
    await until("the colleague has the edit", () => JSON.stringify(readDraft(draftFragment(colleague.doc))).includes('our world (2015)'), 30_000);
    expect(readDraft(draftFragment(colleague.doc))).toEqual(store.proposal(id)?.draft);
  }, 90_000);

  it('a discarded shared proposal leaves its room', () => {
    store.apply({ type: 'removeProposal', proposalId: id });
    expect(store.coDrafting.session(id)).toBeUndefined();
    expect(store.getState().shared[id]).toBeUndefined();
  });
});
