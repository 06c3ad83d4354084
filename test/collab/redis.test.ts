import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRoom, joinRoom, serverAddress, type RoomSession } from '../../main/collab/roomClient';
import type { CreateRoomAnswer } from '../../shared/collab/roomApi';
import { replaceInLine } from '../../shared/collab/lineEdit';
import { sharedLines } from '../../shared/collab/readLines';
import { draftFragment } from '../../shared/collab/sharedProposal';
import { fromText } from '../../shared/text/fromText';
import { rng } from '../support/randomEdits';
import { resdraft } from '../support/runCli';
import { startRedis, startServe, stopAll, until, type ServeProcess } from './collabProcesses';
import { fragmentDump } from './fragmentDump';
import { FuzzParticipant } from './fuzzParticipant';

/**
 * Two `resdraft serve` instances on one Redis (a private redis-server from the Debian package)
 * and one data folder, as behind a load balancer: a room made on one opens on the other, an edit
 * through one is seen through the other, participants on both converge, and the store holds
 * everything either acknowledged.
 */

const DRAFT = join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-34.txt');
let work: string;
let redis: { url: string; stop(): Promise<void> };
let one: ServeProcess;
let two: ServeProcess;
let invite: CreateRoomAnswer;
const sessions: RoomSession[] = [];

function text(doc: Y.Doc): string {
  return sharedLines(draftFragment(doc))
    .map((l) => l.text)
    .join('\n');
}

function edit(session: RoomSession, old: string, replacement: string): void {
  const line = sharedLines(draftFragment(session.doc)).find((l) => l.text.includes(old));
  if (!line) throw new Error(`"${old}" is not in the draft`);
  const at = line.text.indexOf(old);
  replaceInLine(line.node, at, at + old.length, replacement);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-redis-'));
  redis = await startRedis();
  [one, two] = await Promise.all([startServe({ data: join(work, 'store'), redis: redis.url }), startServe({ data: join(work, 'store'), redis: redis.url })]);
  invite = await createRoom(serverAddress(one.url), { proposal: { draft: fromText(readFileSync(DRAFT, 'utf8')), baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', reasons: '' }, expiresInSeconds: 3600 });
});
afterAll(async () => {
  for (const s of sessions) s.leave();
  await stopAll();
  rmSync(work, { recursive: true, force: true });
});

describe('two instances on one Redis serve one room', () => {
  it('both say they share rooms through Redis, without its password', () => {
    for (const s of [one, two]) expect(s.output()).toContain(`sharing rooms with the other instances on Redis at ${redis.url}`);
  });

  it('a room made on one opens on the other; an edit through one is shown through the other (CLI)', async () => {
    const through = await resdraft(['room', 'edit', one.url, invite.room, '--token', invite.edit, '--replace', 'growing general awareness', '--with', 'growing awareness', '--as', 'Alice']);
    expect([through.code, through.stderr]).toEqual([0, '']);
    const shown = await resdraft(['room', 'show', two.url, invite.room, '--token', invite.read]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('a)\tthat there is a growing awareness at the global level');
  });

  it('participants on both instances see each other\'s edits live, and the room shows both', async () => {
    const a = await joinRoom(serverAddress(one.url), invite.room, invite.edit, { name: 'Alice' });
    const b = await joinRoom(serverAddress(two.url), invite.room, invite.edit, { name: 'Bob' });
    sessions.push(a, b);
    edit(a, 'are steadily increasing', 'are increasing (Alice)');
    await until('Bob sees Alice\'s edit', () => text(b.doc).includes('are increasing (Alice)'));
    edit(b, 'play a crucial role', 'play a vital role (Bob)');
    await until('Alice sees Bob\'s edit', () => text(a.doc).includes('play a vital role (Bob)'));
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    await until('Alice and Bob see each other in the room', () => [...a.provider.awareness!.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === 'Bob'));
    const json = JSON.parse((await resdraft(['room', 'show', one.url, invite.room, '--token', invite.read, '--format', 'json'])).stdout) as { text: string; participants: Array<{ name: string; role: string }> };
    expect(json.text).toContain('are increasing (Alice)');
    expect(json.text).toContain('play a vital role (Bob)');
    expect(json.participants).toEqual(expect.arrayContaining([{ name: 'Alice', role: 'edit' }, { name: 'Bob', role: 'edit' }]));
  });

  it('random edits by participants spread over both instances converge to one document', async () => {
    const random = rng(34);
    const ps: FuzzParticipant[] = [];
    for (let i = 1; i <= 4; i++) {
      const p = new FuzzParticipant(i, rng(Math.floor(random() * 2 ** 31)));
      await p.join(serverAddress((i % 2 ? one : two).url), invite.room, invite.edit);
      ps.push(p);
    }
    await Promise.all(
      ps.map(async (p) => {
        for (let i = 0; i < 100; i++) {
          p.step();
          await new Promise((r) => setTimeout(r, Math.floor(random() * 6)));
        }
      }),
    );
    const edited = Date.now();
    for (const p of ps) p.reconnect();
    const vectors = (): Set<string> => new Set(ps.map((p) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(p.doc))].sort(([x], [y]) => x - y))));
    // the same state vector is not yet the same document: a deletion changes no state vector, so the content is compared too
    const contents = (): Set<string> => new Set(ps.map((p) => JSON.stringify(fragmentDump(draftFragment(p.doc)))));
    await until('all four hold the same document', () => ps.every((p) => p.session.provider.synced && !p.session.provider.hasUnsyncedChanges) && vectors().size === 1 && contents().size === 1, 60_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${ps.map((p) => `P${p.n} ${p.session.provider.configuration.websocketProvider.status} synced=${p.session.provider.synced} unsynced=${p.session.provider.unsyncedChanges}`).join('; ')}`);
    });
    console.log(`redis: 4 participants on 2 instances, ${ps.reduce((n, p) => n + p.edits, 0)} edits, converged ${Date.now() - edited} ms after the last`);
    const dumps = ps.map((p) => fragmentDump(draftFragment(p.doc)));
    for (const d of dumps.slice(1)) expect(d).toEqual(dumps[0]);
    for (const p of ps) p.leave();
    // the store (shared by both) holds it all: a third instance started on it alone serves the same document
    const [stopOne, stopTwo] = await Promise.all([one.stop(), two.stop()]);
    expect([stopOne, stopTwo]).toEqual([0, 0]);
    const alone = await startServe({ data: join(work, 'store') });
    const reader = await joinRoom(serverAddress(alone.url), invite.room, invite.read);
    sessions.push(reader);
    expect(fragmentDump(draftFragment(reader.doc))).toEqual(dumps[0]);
  }, 120_000);
});
