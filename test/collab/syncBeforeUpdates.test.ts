import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncBeforeUpdates, syncMessageKind, type MessageSocket } from '../../shared/collab/syncBeforeUpdates';

/** A Hocuspocus message: the document's name, the message type, then the rest as written. */
function message(name: string, type: number, write: (e: encoding.Encoder) => void = () => undefined): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

const doc = new Y.Doc();
doc.getText('t').insert(0, 'text');
const sync = (name: string, step: number): Uint8Array =>
  message(name, 0, (e) => {
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, step === 0 ? Y.encodeStateVector(doc) : Y.encodeStateAsUpdate(doc));
  });
const [step1, step2, update] = [sync('room-1', 0), sync('room-1', 1), sync('room-1', 2)];
const [otherStep2, otherUpdate] = [sync('room-2', 1), sync('room-2', 2)];
const awareness = message('room-1', 1, (e) => encoding.writeVarUint8Array(e, new Uint8Array([0])));

class FakeSocket implements MessageSocket {
  readonly sent: Uint8Array[] = [];
  webSocket: { readyState: number } | null = null;
  send(m: Uint8Array): void {
    this.sent.push(m);
  }
  open(): void {
    this.webSocket = { readyState: 1 };
  }
}

describe("a participant's edits reach the room after the connection's sync", () => {
  it('tells a sync message by document and step, and other messages apart', () => {
    expect([step1, step2, update, awareness].map((m) => syncMessageKind(m)?.step)).toEqual([0, 1, 2, null]);
    expect(syncMessageKind(otherUpdate)?.document).not.toBe(syncMessageKind(update)?.document);
    expect(syncMessageKind(new Uint8Array([]))).toBeNull();
    // a long document name (its length takes two bytes)
    expect(syncMessageKind(sync('r'.repeat(300), 2))?.step).toBe(2);
  });

  it('drops edits made while the socket is closed, holds those made before the sync, sends them after it, per document', () => {
    const socket = new FakeSocket();
    syncBeforeUpdates(socket);
    syncBeforeUpdates(socket);
    socket.send(update);
    socket.send(awareness);
    expect(socket.sent).toEqual([awareness]);
    socket.open();
    socket.send(step1);
    socket.send(update);
    socket.send(otherUpdate);
    expect(socket.sent).toEqual([awareness, step1]);
    socket.send(step2);
    expect(socket.sent).toEqual([awareness, step1, step2, update]);
    socket.send(update);
    expect(socket.sent.at(-1)).toBe(update);
    socket.send(otherStep2);
    expect(socket.sent.slice(-2)).toEqual([otherStep2, otherUpdate]);
    // a new connection syncs again before its edits
    socket.open();
    socket.send(update);
    expect(socket.sent.at(-1)).toBe(otherUpdate);
    socket.send(step2);
    expect(socket.sent.slice(-2)).toEqual([step2, update]);
  });
});
