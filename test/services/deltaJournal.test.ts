/**
 * Light autosave in the host (issue 21 point 3): `DocumentSession.patch` takes what changed (a
 * ContentDelta), journals that change alone (appended to the document's log after its entry), and
 * the journal reads back the entry with the changes logged after it: after a restart, after a change
 * torn by a crash, after the log was folded into the entry. (Kills in the middle of it: see
 * crashDuringSave.test.ts.)
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentSession, WindowConflictError } from '../../main/services/documentSession';
import type { DataFolders } from '../../main/services/dataFolders';
import type { ContributionContent } from '../../shared/contribution/schema';
import { contentDelta } from '../../shared/host/contentDelta';
import { longResolution, scaleDraft } from '../support/longResolution';
import { sampleContribution } from './sampleContribution';

let root: string;
let folders: DataFolders;
let live: DocumentSession[] = [];
const session = (): DocumentSession => {
  for (const s of live) s.dispose();
  const s = new DocumentSession({ folders, author: () => 'A. Delegate' });
  live = [s];
  return s;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'resdraft-delta-'));
  folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);
});
afterEach(() => {
  for (const s of live) s.dispose();
  live = [];
  rmSync(root, { recursive: true, force: true });
});

function content(): ContributionContent {
  const c = sampleContribution();
  return { settings: c.settings, proposals: c.proposals };
}

/** The content with `text` typed at the start of the first item of proposal `k`'s call `call`. */
function typed(c: ContributionContent, k: number, call: number, text: string): ContributionContent {
  const proposals = [...c.proposals];
  const draft = structuredClone(proposals[k].draft);
  const list = draft.calls[call].blocks.find((b) => b.type === 'list');
  if (list?.type !== 'list') throw new Error('no list in that call');
  list.items[0].text = `${text}${list.items[0].text}`;
  proposals[k] = { ...proposals[k], draft };
  return { ...c, proposals };
}

const journalDir = (s: DocumentSession): string => join(folders.state, 'recovery', s.instance);

/** A document journalled whole, then one typed word logged after it. */
async function oneChangeLogged(): Promise<{ s: DocumentSession; first: ContributionContent; log: string }> {
  const s = session();
  const doc = await s.create();
  const start = content();
  await s.update(doc.docId, start);
  const first = typed(start, 0, 0, 'digital ');
  await s.patch(doc.docId, contentDelta(start, first)!);
  return { s, first, log: join(journalDir(s), `${doc.docId}.log`) };
}

describe('DocumentSession.patch journals what changed', () => {
  it('a typed word goes into the log as that call alone; after a restart the document is the one typed', async () => {
    const s = session();
    const doc = await s.create();
    let held = content();
    await s.update(doc.docId, held);
    const entry = statSync(join(journalDir(s), `${doc.docId}.json`)).size;
    // the smallest call of Resolution 34 with a list: what a typed word sends
    const calls = held.proposals[1].draft.calls;
    const call = calls.map((c, i) => ({ i, size: JSON.stringify(c).length, list: c.blocks.some((b) => b.type === 'list') })).filter((c) => c.list).sort((a, b) => a.size - b.size)[0];
    for (const word of ['digital ', 'inclusive ', 'regional ']) {
      const next = typed(held, 1, call.i, word);
      const st = await s.patch(doc.docId, contentDelta(held, next)!);
      expect(st.dirty).toBe(true);
      held = next;
    }
    const log = readFileSync(join(journalDir(s), `${doc.docId}.log`), 'utf8');
    const lines = log.trim().split('\n');
    expect(lines).toHaveLength(3);
    // each change is that call (and a few words of its own), the entry the whole contribution
    for (const line of lines) expect(line.length).toBeLessThan(call.size + 300);
    expect(log.length).toBeLessThan(entry / 3);
    expect(s.content(doc.docId)).toEqual(held);
    const back = (await session().restore())!;
    expect({ settings: back.contribution.settings, proposals: back.contribution.proposals }).toEqual(held);
    expect(back.dirty).toBe(true);
    expect(back.recovered?.message).toMatch(/Unsaved edits were recovered/);
  });

  it('a change torn by a crash at the end of the log is not read; the changes before it are, and the next write is whole', async () => {
    const { first, log } = await oneChangeLogged();
    appendFileSync(log, '{"seq":4,"time":"2025-03-01T10:00:00.000Z","dirty":true,"delta":{"drafts":[{"id":"p-5","pat');
    const next = session();
    const back = (await next.restore())!;
    expect({ settings: back.contribution.settings, proposals: back.contribution.proposals }).toEqual(first);
    // the log read back (with its torn end) is folded into a whole entry at the next write
    const more = typed(first, 0, 0, 'inclusive ');
    await next.patch(back.docId, contentDelta(first, more)!);
    expect(readdirSync(journalDir(next)).sort()).toEqual([`${back.docId}.json`, 'owner.json']);
    expect((await session().restore())!.contribution.proposals).toEqual(more.proposals);
  });

  it('changes numbered before the entry are not applied twice (a crash between writing the entry and emptying the log)', async () => {
    const { s, first, log } = await oneChangeLogged();
    const logged = readFileSync(log, 'utf8');
    await s.update(s.documents()[0].docId, first); // the entry is written whole and the log emptied …
    writeFileSync(log, logged); // … as if the process had died before emptying it
    const back = (await session().restore())!;
    expect(back.contribution.proposals).toEqual(first.proposals);
  });

  it('a long log is folded into the entry: the log is emptied and the document reads back the same', async () => {
    const s = session();
    const doc = await s.create();
    let held = content();
    await s.update(doc.docId, held);
    let emptied = 0;
    for (let k = 0; k < 400; k++) {
      const next = typed(held, k % 2, 0, `word${k} `);
      await s.patch(doc.docId, contentDelta(held, next)!);
      held = next;
      if (!readdirSync(journalDir(s)).includes(`${doc.docId}.log`)) emptied++;
    }
    expect(emptied).toBeGreaterThan(0);
    expect((await session().restore())!.contribution.proposals).toEqual(held.proposals);
  });

  it('a change that does not fit the document is refused in words, and the document is as it was', async () => {
    const s = session();
    const doc = await s.create();
    const start = content();
    const state = await s.update(doc.docId, start);
    await expect(s.patch(doc.docId, { drafts: [{ id: 'nobody', patch: { title: 'x' } }] })).rejects.toThrow(/a proposal the document does not hold \(nobody\)/);
    await expect(s.patch(doc.docId, { drafts: [{ id: start.proposals[0].id, patch: { calls: { at: 90, remove: 1, insert: [] } } }] })).rejects.toThrow(/does not fit the draft of proposal p-5: the change of calls 91 to 91 does not fit a draft of \d+ calls/);
    await expect(s.patch(doc.docId, { order: ['p-5', 'p-5', 'p-34'] })).rejects.toThrow(/names a proposal twice/);
    expect(s.content(doc.docId)).toEqual(start);
    expect(s.active()?.revision).toBe(state.revision);
    await expect(s.patch(doc.docId, {}, state.revision - 1)).rejects.toThrow(WindowConflictError);
  });
});

describe('the light autosave of a long text', () => {
  it('typing in the 16 × text journals a change of one call, not the text', async () => {
    const s = session();
    const doc = await s.create();
    const base = content();
    const draft = scaleDraft(longResolution(16));
    const held: ContributionContent = { ...base, proposals: [{ ...base.proposals[1], draft }] };
    await s.update(doc.docId, held);
    const entry = statSync(join(journalDir(s), `${doc.docId}.json`)).size;
    const next = typed(held, 0, Math.floor(draft.calls.length / 2), 'digital ');
    const delta = contentDelta(held, next)!;
    expect(delta.drafts?.[0].patch.calls?.insert).toHaveLength(1);
    await s.patch(doc.docId, delta);
    const logged = statSync(join(journalDir(s), `${doc.docId}.log`)).size;
    expect(entry).toBeGreaterThan(400_000);
    expect(logged).toBeLessThan(entry / 100);
    expect((await session().restore())!.contribution.proposals).toEqual(next.proposals);
  });
});
