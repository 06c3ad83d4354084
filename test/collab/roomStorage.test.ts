import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, type beforeSyncPayload, type onLoadDocumentPayload } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomStore } from '../../main/collab/roomStore';
import { roomStorage } from '../../main/collab/roomStorage';

/**
 * The store's side of Hocuspocus: what a room's document applies is logged before it is
 * acknowledged. Hocuspocus can hand a connection the document of a room as it is unloaded (its
 * last participant left a moment before); a destroyed document has no listeners, so an update it
 * applied would be acknowledged yet neither logged nor sent to the others.
 */
let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function room(): { store: RoomStore; extension: ReturnType<typeof roomStorage>; document: Document } {
  folder = mkdtempSync(join(tmpdir(), 'resdraft-roomstorage-'));
  const store = new RoomStore(folder);
  const first = new Y.Doc();
  first.getText('t').insert(0, 'adopted');
  store.createRoom('r1', Y.encodeStateAsUpdate(first), []);
  return { store, extension: roomStorage(store), document: new Document('r1') };
}

function socket(): { closed: Array<[number, string]>; webSocket: { close(code: number, reason: string): void } } {
  const closed: Array<[number, string]> = [];
  return { closed, webSocket: { close: (code, reason) => void closed.push([code, reason]) } };
}

describe('room storage', () => {
  it('logs what a connection applies to a loaded room, before Hocuspocus acknowledges it', async () => {
    const { store, extension, document } = room();
    await extension.onLoadDocument!({ document, documentName: 'r1' } as unknown as onLoadDocumentPayload);
    expect(document.getText('t').toString()).toBe('adopted');
    const s = socket();
    const connection = { ...s, readOnly: false };
    Y.transact(document, () => document.getText('t').insert(7, ' text'), { source: 'connection', connection });
    expect(store.logLength('r1')).toBe(1);
    store.close();
  });

  it('applies no sync message to a room document destroyed as the participant reached it: the connection is closed, to reconnect', async () => {
    const { store, extension, document } = room();
    await extension.onLoadDocument!({ document, documentName: 'r1' } as unknown as onLoadDocumentPayload);
    document.destroy();
    const s = socket();
    const sync = extension.beforeSync!({ document, documentName: 'r1', connection: s, type: 0, payload: new Uint8Array() } as unknown as beforeSyncPayload);
    await expect(sync).rejects.toThrow(/room r1 was unloaded as this participant reached it/);
    expect(s.closed).toEqual([[1013, 'room-reloading']]);
    store.close();
  });

  it('applies an update whole or not at all: one that follows an update the room never received is refused, to resync', async () => {
    const { store, extension, document } = room();
    await extension.onLoadDocument!({ document, documentName: 'r1' } as unknown as onLoadDocumentPayload);
    // a participant with the room's text makes two edits; the first never reaches the room
    const participant = new Y.Doc();
    Y.applyUpdate(participant, Y.encodeStateAsUpdate(document));
    const updates: Uint8Array[] = [];
    participant.on('update', (u: Uint8Array) => updates.push(u));
    participant.getText('t').insert(7, ' text');
    // the second deletes the adopted word and the first edit's words, and types new ones
    participant.transact(() => {
      participant.getText('t').delete(0, 12);
      participant.getText('t').insert(0, 'new wording');
    });
    const [lost, second] = updates;
    const sync = (update: Uint8Array, type: number): { closed: Array<[number, string]>; result: Promise<void> } => {
      const s = socket();
      return { closed: s.closed, result: extension.beforeSync!({ document, documentName: 'r1', connection: s, type, payload: update } as unknown as beforeSyncPayload) };
    };
    for (const type of [1, 2]) {
      const refused = sync(second, type);
      await expect(refused.result).rejects.toThrow(/an update follows one the room never received/);
      expect(refused.closed).toEqual([[1013, 'room-resync']]);
    }
    // what the participant sends when it syncs again holds both: accepted, and the room reads as the participant does
    const resync = Y.encodeStateAsUpdate(participant, Y.encodeStateVector(document));
    const accepted = sync(resync, 1);
    await expect(accepted.result).resolves.toBeUndefined();
    expect(accepted.closed).toEqual([]);
    Y.applyUpdate(document, resync);
    expect(document.getText('t').toString()).toBe('new wording');
    // the first edit alone joins what the room holds
    await expect(sync(lost, 2).result).resolves.toBeUndefined();
    store.close();
  });
});
