import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startCollabServer, type CollabServer } from '../../main/collab/collabServer';
import { createRoom, joinRoom, RoomClientError, serverAddress, type RoomSession, type ServerAddress } from '../../main/collab/roomClient';
import { RoomStore } from '../../main/collab/roomStore';
import { DEFAULT_LIMITS } from '../../main/collab/roomAccess';
import { AWARENESS_USER, participantsOf, type CreateRoomAnswer } from '../../shared/collab/roomApi';
import { draftFragment, readSharedProposal, reasonsText } from '../../shared/collab/sharedProposal';
import { lineText } from '../../shared/collab/readLines';
import { fromText } from '../../shared/text/fromText';
import { until } from './collabProcesses';

/** The server in this process (its hooks, limits and store), reached through the real client over the network. */

const BASELINE = join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-34.txt');
let work: string;
let store: RoomStore;
let server: CollabServer;
let address: ServerAddress;
const sessions: RoomSession[] = [];

async function room(): Promise<CreateRoomAnswer> {
  return createRoom(address, { proposal: { draft: fromText(readFileSync(BASELINE, 'utf8')), baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', reasons: '' }, expiresInSeconds: 3600 });
}

async function enter(invite: CreateRoomAnswer, token: string, name?: string): Promise<RoomSession> {
  const session = await joinRoom(address, invite.room, token, { name });
  sessions.push(session);
  return session;
}

function titleOf(doc: Y.Doc): string {
  return lineText(draftFragment(doc).get(1) as Y.XmlElement);
}

function closeReason(session: RoomSession): Promise<string> {
  return new Promise((resolve) => session.provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-server-'));
  store = new RoomStore(join(work, 'store'));
  server = await startCollabServer({ host: '127.0.0.1', port: 0, folder: join(work, 'store'), store });
  address = serverAddress(server.url);
});
afterAll(async () => {
  for (const s of sessions) s.leave();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('who may enter and what they may send', () => {
  it('a read token makes a read-only connection: its change reaches no one and is never stored', async () => {
    const invite = await room();
    const writer = await enter(invite, invite.edit, 'Alice');
    const reader = await enter(invite, invite.read, 'Bob');
    expect(reader.provider.authorizedScope).toBe('readonly');
    const title = titleOf(writer.doc);
    (draftFragment(reader.doc).get(1) as Y.XmlElement).insert(0, [new Y.XmlText('HIJACKED ')]);
    // awareness goes out after the update on the same connection: once Alice sees it, the server has handled the update
    reader.provider.setAwarenessField('mark', 1);
    await until('Alice sees the reader\'s mark', () => [...writer.provider.awareness!.getStates().values()].some((s) => s.mark === 1));
    expect(reader.provider.hasUnsyncedChanges).toBe(true);
    expect(titleOf(writer.doc)).toBe(title);
    const stored = new Y.Doc();
    for (const u of store.load(invite.room)) Y.applyUpdate(stored, u);
    expect(titleOf(stored)).toBe(title);
    expect(JSON.stringify(readSharedProposal(stored))).not.toContain('HIJACKED');
  });

  it('awareness carries the role the token gives, whatever a participant claims', async () => {
    const invite = await room();
    const writer = await enter(invite, invite.edit, 'Alice');
    const reader = await enter(invite, invite.read);
    reader.provider.awareness!.setLocalState({ [AWARENESS_USER]: { name: 'Mallory', role: 'edit' } });
    await until('Alice sees Mallory', () => participantsOf(writer.provider.awareness!.getStates()).some((p) => p.name === 'Mallory'));
    expect(participantsOf(writer.provider.awareness!.getStates())).toContainEqual({ name: 'Mallory', role: 'read' });
    await until('Mallory sees Alice', () => participantsOf(reader.provider.awareness!.getStates()).some((p) => p.name === 'Alice'));
    expect(participantsOf(reader.provider.awareness!.getStates())).toContainEqual({ name: 'Alice', role: 'edit' });
  });

  it('an update over the size limit closes the connection with the reason; nothing of it is applied', async () => {
    const invite = await room();
    const observer = await enter(invite, invite.read);
    const writer = await enter(invite, invite.edit);
    const closed = closeReason(writer);
    reasonsText(writer.doc).insert(0, 'x'.repeat(DEFAULT_LIMITS.maxMessageBytes + 1000));
    expect(await closed).toBe('update-too-large');
    await expect(writer.acknowledged(2000)).rejects.toThrow(new RoomClientError('the server refused the edit: it is too large', true));
    writer.leave();
    expect(reasonsText(observer.doc).length).toBe(0);
  });

  it('a flood of messages closes the connection (too many messages a second)', async () => {
    const invite = await room();
    const flooder = await enter(invite, invite.edit, 'Flood');
    const closed = closeReason(flooder);
    for (let i = 0; i < DEFAULT_LIMITS.messageBurst + 50; i++) flooder.provider.setAwarenessField('n', i);
    expect(await closed).toBe('too-many-messages');
    flooder.leave();
  });

  it('a steady typist stays under the limit', async () => {
    const invite = await room();
    const typist = await enter(invite, invite.edit, 'Typist');
    const line = draftFragment(typist.doc).get(1) as Y.XmlElement;
    const text = line.get(0) as Y.XmlText;
    for (let i = 0; i < 60; i++) {
      text.insert(0, 'k');
      await new Promise((r) => setTimeout(r, 15));
    }
    await typist.acknowledged();
  });
});

describe('the store', () => {
  it('an update that cannot be logged is not acknowledged until the store takes it again, then it is stored', async () => {
    const folder = join(work, 'failing');
    const own = new RoomStore(folder);
    const failing = await startCollabServer({ host: '127.0.0.1', port: 0, folder, store: own });
    const at = serverAddress(failing.url);
    const invite = await createRoom(at, { proposal: { draft: fromText(readFileSync(BASELINE, 'utf8')), baseline: null, symbol: 'auto', reasons: '' }, expiresInSeconds: 60 });
    const session = await joinRoom(at, invite.room, invite.edit);
    const append = own.appendUpdate.bind(own);
    const compact = own.compact.bind(own);
    let refused = 0;
    own.appendUpdate = () => {
      refused += 1;
      throw new Error('disk full');
    };
    own.compact = () => {
      throw new Error('disk full');
    };
    reasonsText(session.doc).insert(0, 'kept by the participant');
    // the provider reconnects about a second later and sends it again: refused again while the disk is full
    await expect(session.acknowledged(2500)).rejects.toThrow(/did not acknowledge the edit/);
    expect(refused).toBeGreaterThanOrEqual(2);
    own.appendUpdate = append;
    own.compact = compact;
    await session.acknowledged(10_000);
    const stored = new Y.Doc();
    for (const u of own.load(invite.room)) Y.applyUpdate(stored, u);
    expect(reasonsText(stored).toString()).toBe('kept by the participant');
    session.leave();
    await failing.stop();
  });

  it('compacting keeps what another instance logged and this one has not received', () => {
    const folder = join(work, 'shared');
    const a = new RoomStore(folder);
    const b = new RoomStore(folder);
    const start = new Y.Doc();
    start.getText('t').insert(0, 'start');
    a.createRoom('r', Y.encodeStateAsUpdate(start), []);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    for (const u of a.load('r')) Y.applyUpdate(docA, u);
    for (const u of b.load('r')) Y.applyUpdate(docB, u);
    docA.on('update', (u: Uint8Array) => a.appendUpdate('r', u));
    docB.on('update', (u: Uint8Array) => b.appendUpdate('r', u));
    docA.getText('t').insert(5, ' from A');
    docB.getText('t').insert(0, 'B: ');
    expect(a.logLength('r')).toBe(2);
    a.compact('r', Y.encodeStateAsUpdate(docA));
    expect(b.logLength('r')).toBe(0);
    const back = new Y.Doc();
    for (const u of b.load('r')) Y.applyUpdate(back, u);
    expect(back.getText('t').toString()).toBe('B: start from A');
    a.close();
    b.close();
  });
});

describe('the HTTP API refuses what is not a request of its own, in words', () => {
  const post = (path: string, body: string): Promise<Response> => fetch(`${address.http}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it('a body that is not JSON, a draft that is not a resolution, a body over the limit', async () => {
    const notJson = await post('/rooms', '{nope');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'bad-request', message: 'the request body is not JSON' });
    const noDraft = await post('/rooms', JSON.stringify({ proposal: { baseline: null, symbol: 'auto', reasons: '' }, expiresInSeconds: 60 }));
    expect(noDraft.status).toBe(400);
    expect(((await noDraft.json()) as { message: string }).message).toMatch(/^proposal\.draft: /);
    const huge = await post('/rooms', JSON.stringify({ filler: 'x'.repeat(5 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toBe('request-too-large');
  });

  it('CORS for the app, JSON everywhere, no cache', async () => {
    const preflight = await fetch(`${address.http}/rooms`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type');
    const nothing = await fetch(`${address.http}/elsewhere`);
    expect(nothing.status).toBe(404);
    expect(nothing.headers.get('cache-control')).toBe('no-store');
    expect(await nothing.json()).toEqual({ error: 'not-found', message: 'nothing at /elsewhere' });
  });
});
