import { isTransactionOrigin, type beforeSyncPayload, type Extension, type onLoadDocumentPayload, type onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { RoomStore } from './roomStore';

/** The close code and reason when the store cannot keep an update (the participant keeps it and sends it again). */
const STORE_FAILED = { code: 1011, reason: 'store-failed' };
/** The close code and reason when a participant reached a room's document as it was unloaded (the participant reconnects). */
const ROOM_RELOADING = { code: 1013, reason: 'room-reloading' };
/** The close code and reason when a participant sent an update that follows one the room never received (it reconnects and syncs). */
const ROOM_RESYNC = { code: 1013, reason: 'room-resync' };

/** y-protocols' sync message types that carry an update: SyncStep2 and Update. */
const CARRIES_UPDATE = new Set([1, 2]);

/**
 * Whether applying `update` would leave some of it waiting: for some participant, it adds text
 * past what the document holds of them, or deletes text the document does not hold yet (an
 * earlier update of theirs never arrived).
 */
function leavesAGap(document: Y.Doc, update: Uint8Array): boolean {
  const held = Y.decodeStateVector(Y.encodeStateVector(document));
  const { structs, ds } = Y.decodeUpdate(update);
  // a participant's structs in an update follow each other: the first must join what is held, and none may be a hole
  const first = new Map<number, number>();
  for (const s of structs) {
    if (s instanceof Y.Skip) return true;
    first.set(s.id.client, Math.min(first.get(s.id.client) ?? Infinity, s.id.clock));
  }
  for (const [client, clock] of first) if (clock > (held.get(client) ?? 0)) return true;
  // what the update deletes is held, or added by the update itself
  const after = new Map(held);
  for (const s of structs) after.set(s.id.client, Math.max(after.get(s.id.client) ?? 0, s.id.clock + s.length));
  for (const [client, deletions] of ds.clients) for (const d of deletions) if (d.clock + d.len > (after.get(client) ?? 0)) return true;
  return false;
}

/**
 * Rooms kept in the embedded store (`roomStore.ts`). Loading a room applies its snapshot and log;
 * from then on every update this instance receives from one of its connections is appended to the
 * log inside the document's `update` listener, which Yjs runs synchronously while Hocuspocus
 * applies the update, before it sends its acknowledgement (`MessageReceiver`: `readUpdate`, then
 * `writeSyncStatus(true)`). Updates another instance relayed through Redis are logged by that
 * instance, in the same store. Storing (debounced by Hocuspocus) compacts the log.
 *
 * An append that fails must not be acknowledged, and y-protocols' `readUpdate` swallows a
 * listener's error. So the listener closes the sender's socket at once (Hocuspocus sends nothing
 * on a closing socket: no acknowledgement) and marks the room; before any later sync message of the
 * room is applied, the whole document is logged first, and while that fails the message is
 * refused too. The participant keeps its unacknowledged edits and sends them again when it
 * reconnects.
 *
 * Hocuspocus can give a connection that arrives as a room is unloaded (its last participant left a
 * moment before) the document being destroyed. A destroyed document has no listeners: what it
 * applied would be neither logged nor sent to the others, yet acknowledged (the fuzz test's SIGKILL
 * rounds lost acknowledged edits this way). So no sync message is applied to one: the connection
 * is closed (not a refusal: the participant reconnects, reaches the room loaded again from the
 * store, and sends its edits there).
 *
 * An update is applied whole or not at all. Yjs applies the deletions of an update at once but
 * keeps its insertions waiting while an earlier update of the same participant is missing (one
 * lost with a dropped connection); the update event then carries only the deletions, so the log
 * would keep a deletion without the text that replaced it (a moved stretch would vanish), and
 * Hocuspocus would acknowledge it. So an update that follows one the room never received is not
 * applied: the connection is closed (not a refusal), and the participant reconnects and sends
 * everything the room lacks in one sync.
 */
export function roomStorage(store: RoomStore): Extension {
  const unlogged = new Set<string>();
  return {
    extensionName: 'resdraft-room-storage',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
      const stored = store.load(documentName);
      Y.transact(document, () => {
        for (const update of stored) Y.applyUpdate(document, update);
      });
      unlogged.delete(documentName);
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (!isTransactionOrigin(origin) || (origin.source !== 'connection' && origin.source !== 'local')) return;
        try {
          store.appendUpdate(documentName, update);
        } catch (e) {
          unlogged.add(documentName);
          console.error(`resdraft serve: room ${documentName}: an update could not be stored (${(e as Error).message}); it is not acknowledged`);
          if (origin.source === 'connection') origin.connection.webSocket.close(STORE_FAILED.code, STORE_FAILED.reason);
        }
      });
    },
    async beforeSync({ document, documentName, connection, type, payload }: beforeSyncPayload): Promise<void> {
      if (document.isDestroyed) {
        connection.webSocket.close(ROOM_RELOADING.code, ROOM_RELOADING.reason);
        throw new Error(`room ${documentName} was unloaded as this participant reached it; it reconnects`);
      }
      if (CARRIES_UPDATE.has(type) && leavesAGap(document, payload)) {
        connection.webSocket.close(ROOM_RESYNC.code, ROOM_RESYNC.reason);
        throw new Error(`room ${documentName}: an update follows one the room never received; the participant reconnects and syncs`);
      }
      if (!unlogged.has(documentName)) return;
      try {
        store.appendUpdate(documentName, Y.encodeStateAsUpdate(document));
      } catch (e) {
        connection.webSocket.close(STORE_FAILED.code, STORE_FAILED.reason);
        throw e;
      }
      unlogged.delete(documentName);
    },
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
      store.compact(documentName, Y.encodeStateAsUpdate(document));
      unlogged.delete(documentName);
    },
  };
}
