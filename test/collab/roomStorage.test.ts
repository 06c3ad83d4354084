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
});
