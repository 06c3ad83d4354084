import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/react';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { toModel } from '../../renderer/editor/toModel';
import { createRoom, joinRoom, serverAddress, type ServerAddress } from '../../main/collab/roomClient';
import { RoomStore } from '../../main/collab/roomStore';
import type { CreateRoomAnswer } from '../../shared/collab/roomApi';
import { readDraft, sharedLines } from '../../shared/collab/readLines';
import { draftFragment } from '../../shared/collab/sharedProposal';
import { fromText } from '../../shared/text/fromText';
import { rng } from '../support/randomEdits';
import { startServe, stopAll, until, type ServeProcess } from './collabProcesses';
import { fragmentDump, lineCensus, modelCensus } from './fragmentDump';
import { FuzzParticipant, liveElements, tokensIn } from './fuzzParticipant';

/**
 * Live co-drafting under random edits, through a real server (`resdraft serve`, the built CLI):
 * 2 to 5 participants × 200 edits each (text typed and erased; items added, deleted, moved,
 * relabelled; footnotes added and removed), going offline and back at random. Everyone converges
 * to one document; no edit is lost (an edit's text is gone only where a participant's deletion
 * covered it, or removed the line it was typed in); reading the result into the model, or into
 * the editor's schema, drops no character. Then SIGKILL of the server at random moments: every
 * acknowledged edit survives the restart. Seed: RESDRAFT_FUZZ_SEED (printed with the counts).
 */

const SEED = Number(process.env.RESDRAFT_FUZZ_SEED ?? 25);
const EDITS = Number(process.env.RESDRAFT_FUZZ_EDITS ?? 200);
const KILLS = Number(process.env.RESDRAFT_FUZZ_KILLS ?? 5);
const DRAFT = join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-30.txt');
const schema = getSchema(RESOLUTION_NODES);

let work: string;
let server: ServeProcess;
let address: ServerAddress;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function newRoom(): Promise<CreateRoomAnswer> {
  return createRoom(address, { proposal: { draft: fromText(readFileSync(DRAFT, 'utf8')), baseline: { edition: 'kigali-2022', number: '30' }, symbol: 'auto', reasons: '' }, expiresInSeconds: 3600 });
}

/** `count` participants in the room, numbered from `first` (their tokens name them, so numbers are not reused in one room). */
async function participants(invite: CreateRoomAnswer, count: number, seed: number, first = 1): Promise<FuzzParticipant[]> {
  const random = rng(seed);
  const out: FuzzParticipant[] = [];
  for (let i = first; i < first + count; i++) {
    const p = new FuzzParticipant(i, rng(Math.floor(random() * 2 ** 31)));
    await p.join(address, invite.room, invite.edit);
    out.push(p);
  }
  return out;
}

function stateVector(doc: Y.Doc): string {
  return JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));
}

/** Tokens a participant's edits put in whose loss no deletion explains, given the final text. */
function lostTokens(ps: FuzzParticipant[], finalText: string, upTo: (p: FuzzParticipant) => number): string[] {
  const present = new Set(tokensIn(finalText));
  const erased = new Set(ps.flatMap((p) => [...p.erasedTokens]));
  const removed = new Set(ps.flatMap((p) => [...p.removed]));
  const lost: string[] = [];
  for (const p of ps) {
    for (const [token, { host, edit }] of p.typed) {
      if (edit > upTo(p) || present.has(token) || erased.has(token) || removed.has(host)) continue;
      lost.push(token);
    }
  }
  return lost;
}

/**
 * What a failure needs to be understood: for each lost token, who typed it (edit, acknowledged
 * edits), whether its participant's copy and its line still have it, and whether the store holds
 * updates that cannot be applied (an update applied in part: its deletions without its insertions).
 */
function explainLoss(lost: string[], ps: FuzzParticipant[], acked: Map<FuzzParticipant, number>, doc: Y.Doc, room: string): string {
  const store = new RoomStore(join(work, 'store'));
  const stored = store.load(room);
  store.close();
  const loaded = new Y.Doc();
  Y.transact(loaded, () => stored.forEach((u) => Y.applyUpdate(loaded, u)));
  const live = liveElements(doc);
  const tokens = lost.map((t) => {
    const p = ps.find((q) => q.typed.has(t))!;
    const { host, edit } = p.typed.get(t)!;
    return `${t} (P${p.n} edit ${edit}, ${acked.get(p)} acknowledged; in P${p.n}'s copy: ${allText(p.doc).includes(t)}; its line live: ${live.has(host)})`;
  });
  const waiting = loaded.store.pendingStructs ? JSON.stringify([...loaded.store.pendingStructs.missing]) : 'none';
  return `lost ${tokens.join('; ')}; the store: ${stored.length} updates, insertions waiting for ${waiting}, deletions waiting: ${loaded.store.pendingDs !== null}`;
}

/** Elements participants created that are gone without anyone removing them. */
function lostElements(ps: FuzzParticipant[], doc: Y.Doc, upTo: (p: FuzzParticipant) => number): string[] {
  const live = liveElements(doc);
  const removed = new Set(ps.flatMap((p) => [...p.removed]));
  return ps.flatMap((p) => [...p.created].filter(([id, edit]) => edit <= upTo(p) && !live.has(id) && !removed.has(id)).map(([id]) => id));
}

/** The whole layout text of a document (every line), for finding tokens. */
function allText(doc: Y.Doc): string {
  return sharedLines(draftFragment(doc))
    .map((l) => l.text)
    .join('\n');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-fuzz-'));
  server = await startServe({ data: join(work, 'store') });
  address = serverAddress(server.url);
});
afterAll(async () => {
  await stopAll();
  rmSync(work, { recursive: true, force: true });
});

describe('co-drafting under random edits, through resdraft serve', () => {
  for (const count of [2, 3, 4, 5]) {
    it(`${count} participants × ${EDITS} edits with random disconnects: one document, nothing lost, nothing dropped`, async () => {
      const invite = await newRoom();
      const ps = await participants(invite, count, SEED * 10 + count);
      const random = rng(SEED + count);
      await Promise.all(
        ps.map(async (p) => {
          for (let i = 0; i < EDITS; i++) {
            p.step();
            if (i % 25 === 24) p.checkpoint();
            await sleep(Math.floor(random() * 5));
          }
        }),
      );
      const ackedDuringEdits = ps.reduce((n, p) => n + p.acked, 0);
      for (const p of ps) p.reconnect();
      await until(
        'every participant has synced and holds the same document',
        // the same state vector is not yet the same document: a deletion changes no state vector, so the content is compared too
        () =>
          ps.every((p) => p.session.provider.synced && !p.session.provider.hasUnsyncedChanges) &&
          new Set(ps.map((p) => stateVector(p.doc))).size === 1 &&
          new Set(ps.map((p) => JSON.stringify(fragmentDump(draftFragment(p.doc))))).size === 1,
        60_000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}: ${ps.map((p) => `P${p.n} ${JSON.stringify(p.session.provider.configuration.websocketProvider.status)} synced=${p.session.provider.synced} unsynced=${p.session.provider.unsyncedChanges} sv=${stateVector(p.doc)}`).join('; ')}`);
      });
      const reader = await joinRoom(address, invite.room, invite.read);
      const dumps = [...ps.map((p) => fragmentDump(draftFragment(p.doc))), fragmentDump(draftFragment(reader.doc))];
      for (const d of dumps.slice(1)) expect(d).toEqual(dumps[0]);

      const final = reader.doc;
      expect(lostTokens(ps, allText(final), (p) => p.edits)).toEqual([]);
      expect(lostElements(ps, final, (p) => p.edits)).toEqual([]);

      const lines = sharedLines(draftFragment(final));
      const census = lineCensus(lines.map((l) => l.text));
      const model = readDraft(draftFragment(final));
      expect(modelCensus(model).characters).toBe(census.characters);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(final));
      const pm = yXmlFragmentToProseMirrorRootNode(draftFragment(copy), schema);
      let pmCharacters = 0;
      pm.forEach((line) => line.forEach((child) => (pmCharacters += child.isText ? [...(child.text ?? '')].length : `[^${child.attrs.id}]`.length)));
      expect({ lines: pm.childCount, characters: pmCharacters }).toEqual(census);
      // the editor's schema (TipTap's content check) accepts what the merge left, read as the shared document is
      expect(() => pm.check()).not.toThrow();
      expect(toModel(pm)).toEqual(model);
      const c = ps.reduce((sum, p) => {
        for (const [k, v] of Object.entries(p.counts)) sum[k] = (sum[k] ?? 0) + v;
        return sum;
      }, {} as Record<string, number>);
      const edits = ps.reduce((n, p) => n + p.edits, 0);
      console.log(
        `fuzz seed ${SEED}: ${count} participants, ${edits} edits (${c.type} typed, ${c.erase} erased, ${c.addItem} items added, ${c.deleteLine} lines deleted, ${c.moveItem} moved, ${c.relabel} relabelled, ${c.addFootnote} footnotes added, ${c.deleteFootnote} removed), ${c.toggleOnline} disconnects/reconnects; ${ackedDuringEdits} acknowledged while editing, all ${edits} after; converged on ${census.lines} lines, ${census.characters} characters, ${tokensIn(allText(final)).length} typed tokens present; model and editor schema drop 0; the editor's schema accepts the merged document and reads it as the shared document`,
      );
      reader.leave();
      for (const p of ps) p.leave();
    }, 120_000);
  }

  it(`SIGKILL of the server at ${KILLS} random moments loses nothing acknowledged`, async () => {
    const invite = await newRoom();
    const random = rng(SEED * 7);
    let checked = 0;
    let ackedEdits = 0;
    let madeEdits = 0;
    for (let round = 0; round < KILLS; round++) {
      const ps = await participants(invite, 3, SEED * 100 + round, round * 3 + 1);
      let running = true;
      const loops = ps.map(async (p) => {
        while (running) {
          p.step();
          if (p.edits % 8 === 0) p.checkpoint();
          await sleep(1 + Math.floor(random() * 4));
        }
      });
      await sleep(150 + Math.floor(random() * 600));
      const port = server.port;
      await server.kill9();
      running = false;
      await Promise.all(loops);
      // what each participant knew to be acknowledged when the server died; then they are gone, their copies with them
      const acked = new Map(ps.map((p) => [p, p.acked] as const));
      for (const p of ps) p.leave();
      server = await startServe({ data: join(work, 'store'), port });
      address = serverAddress(server.url);
      const reader = await joinRoom(address, invite.room, invite.read);
      const lost = lostTokens(ps, allText(reader.doc), (p) => acked.get(p) ?? 0);
      if (lost.length) console.log(`round ${round}: ${explainLoss(lost, ps, acked, reader.doc, invite.room)}`);
      expect(lost).toEqual([]);
      expect(lostElements(ps, reader.doc, (p) => acked.get(p) ?? 0)).toEqual([]);
      for (const p of ps) {
        checked += [...p.typed.values()].filter((t) => t.edit <= (acked.get(p) ?? 0)).length;
        ackedEdits += acked.get(p) ?? 0;
        madeEdits += p.edits;
      }
      reader.leave();
    }
    expect(ackedEdits).toBeGreaterThan(0);
    console.log(`kill -9: ${KILLS} kills at random moments, ${madeEdits} edits made, ${ackedEdits} acknowledged before the kill, ${checked} acknowledged tokens checked after each restart: none lost`);
  }, 180_000);
});
