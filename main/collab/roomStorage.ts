import { isTransactionOrigin, type Extension, type onLoadDocumentPayload, type onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { RoomStore } from './roomStore';

/**
 * Whether an update is one this instance must log: it came from one of its own connections (or
 * from the server itself). Updates another instance relayed through Redis are logged by that
 * instance, in the same store.
 */
function isOwnUpdate(origin: unknown): boolean {
  return isTransactionOrigin(origin) && (origin.source === 'connection' || origin.source === 'local');
}

/**
 * Rooms kept in the embedded store (`roomStore.ts`). Loading a room applies its snapshot and log;
 * from then on every update this instance receives from a connection is appended to the log inside
 * the document's `update` listener, which Yjs runs synchronously while Hocuspocus applies the update
 * and before it sends its acknowledgement (`MessageReceiver`: `readUpdate`, then
 * `writeSyncStatus(true)`). If the append fails, the error stops the acknowledgement, and the
 * participant keeps the update to send again. Storing (debounced by Hocuspocus) compacts the log.
 */
export function roomStorage(store: RoomStore): Extension {
  return {
    extensionName: 'resdraft-room-storage',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
      const stored = store.load(documentName);
      Y.transact(document, () => {
        for (const update of stored) Y.applyUpdate(document, update);
      });
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (isOwnUpdate(origin)) store.appendUpdate(documentName, update);
      });
    },
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
      store.compact(documentName, Y.encodeStateAsUpdate(document));
    },
  };
}
