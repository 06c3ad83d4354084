/** A Hocuspocus WebSocket provider, as far as sending goes (`HocuspocusProviderWebsocket`). */
export interface MessageSocket {
  send(message: Uint8Array): void;
  readonly webSocket: object & { readonly readyState: number } | null;
}

/** `WebSocket.OPEN`. */
const OPEN = 1;

/** What a Hocuspocus message is, as far as syncing goes: its document (its name's bytes, as a key), and for a Yjs sync message its step (0: SyncStep1, 1: SyncStep2, 2: Update). */
export function syncMessageKind(message: Uint8Array): { document: string; step: number | null } | null {
  let at = 0;
  const varUint = (): number => {
    let n = 0;
    for (let shift = 0; at < message.length; shift += 7) {
      const b = message[at++];
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
    return -1;
  };
  const nameLength = varUint();
  if (nameLength < 0 || at + nameLength > message.length) return null;
  const document = message.subarray(at, at + nameLength).join(',');
  at += nameLength;
  const type = varUint();
  if (type < 0) return null;
  return { document, step: type === 0 ? varUint() : null };
}

const adapted = new WeakSet<MessageSocket>();

/**
 * A participant's edits reach a room in an order the room can apply whole: every connection
 * starts with the sync that sends everything the room lacks (this participant's SyncStep2), and
 * no update of a document goes before it.
 *
 * - An edit made while the socket is not open is not queued: the sync after the reconnection
 *   carries it (y-websocket never queues them either).
 * - An edit made once it is open, before this participant's SyncStep2 for that document, waits
 *   and follows it.
 *
 * Otherwise an update could reach the room after updates lost with the old connection, and the
 * room applies no update that follows one it never received (`main/collab/roomStorage.ts`): it
 * closes the connection instead. The provider's count of unacknowledged messages stays true: it
 * starts again at 1 at every sync, and each update sent is acknowledged.
 */
export function syncBeforeUpdates(socket: MessageSocket): void {
  if (adapted.has(socket)) return;
  adapted.add(socket);
  const send = socket.send.bind(socket);
  const synced = new WeakMap<object, Set<string>>();
  const waiting = new WeakMap<object, Uint8Array[]>();
  socket.send = (message: Uint8Array): void => {
    const kind = syncMessageKind(message);
    if (!kind || kind.step === null || kind.step === 0) return send(message);
    const ws = socket.webSocket;
    if (!ws || ws.readyState !== OPEN) {
      if (kind.step === 2) return;
      return send(message);
    }
    const done = synced.get(ws) ?? new Set<string>();
    synced.set(ws, done);
    if (kind.step === 1) {
      send(message);
      done.add(kind.document);
      const held = waiting.get(ws) ?? [];
      waiting.set(ws, held.filter((m) => syncMessageKind(m)?.document !== kind.document));
      for (const m of held) if (syncMessageKind(m)?.document === kind.document) send(m);
      return;
    }
    if (done.has(kind.document)) return send(message);
    const held = waiting.get(ws) ?? [];
    held.push(message);
    waiting.set(ws, held);
  };
}
