import { isTransactionOrigin, type beforeSyncPayload, type Extension, type onLoadDocumentPayload, type onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { RoomStore } from './roomStore';

/** The close code and reason when the store cannot keep an update (the participant keeps it and sends it again). */
const STORE_FAILED = { code: 1011, reason: 'store-failed' };
/** The close code and reason when a participant reached a room's document as it was unloaded (the participant reconnects). */
const ROOM_RELOADING = { code: 1013, reason: 'room-reloading' };

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
    async beforeSync({ document, documentName, connection }: beforeSyncPayload): Promise<void> {
      if (document.isDestroyed) {
        connection.webSocket.close(ROOM_RELOADING.code, ROOM_RELOADING.reason);
        throw new Error(`room ${documentName} was unloaded as this participant reached it; it reconnects`);
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
