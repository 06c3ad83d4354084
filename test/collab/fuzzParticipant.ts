import * as Y from 'yjs';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { joinRoom, type RoomSession, type ServerAddress } from '../../main/collab/roomClient';
import { footnoteRefPattern } from '../../shared/grammar/footnoteRef';
import { lineElement, setLineAttribute, type LineKind } from '../../shared/collab/lineElements';
import { replaceInLine } from '../../shared/collab/lineEdit';
import { lineText } from '../../shared/collab/readLines';
import { draftFragment } from '../../shared/collab/sharedProposal';
import type { ListKind } from '../../shared/model/resolution';

/**
 * A fuzzing participant: a real provider on a real server, making random edits of text and
 * structure on its own copy of the shared draft (online or not), and keeping a ledger of what it
 * did, so a test can tell a lost edit from one a colleague deleted:
 *
 * - every typed text carries a unique token (`~p2e17~`), and the element it was typed into;
 * - every deletion records the tokens it covered (in this participant's view) and the elements it
 *   removed; a move is a removal and a new element (Yjs has no move for XML);
 * - `acked` counts the edits the server has acknowledged: every edit up to the last one a full-state
 *   message (a SyncStep2, which the client sends in answer to the server's SyncStep1) held when it
 *   was encoded, once the server acknowledged that message on the socket it was sent on. Counted apart from the
 *   provider's `unsyncedChanges`, so that the test does not take the product's count on trust.
 */

/** A Yjs sync message's kind as lib0 writes it: the document name, the message type, for Sync its step. */
function syncKind(data: Uint8Array): { type: number; step?: number; value?: number } {
  let at = 0;
  const varUint = (): number => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = data[at++];
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return n;
    }
  };
  const nameLength = varUint(); // the document name: its length, then its bytes
  at += nameLength;
  const type = varUint();
  if (type === 0) return { type, step: varUint() };
  if (type === 8) return { type, value: data[at] & 0x3f };
  return { type };
}

/** The kinds of edit a participant makes, and how often (weights). */
export const EDIT_WEIGHTS = { type: 40, erase: 14, addItem: 10, deleteLine: 7, moveItem: 8, relabel: 10, addFootnote: 5, deleteFootnote: 3, toggleOnline: 3 } as const;
export type EditKind = keyof typeof EDIT_WEIGHTS;

const KINDS: ListKind[] = ['alpha', 'numeric', 'numericParen', 'roman', 'dash'];
const TOKEN = /~p\d+e\d+~/g;

/** An element's identity in the CRDT (`client:clock`): stable, and never given to another element. */
export function elementId(el: Y.XmlElement): string {
  const id = el._item?.id;
  if (!id) throw new Error('an element not yet in a document has no id');
  return `${id.client}:${id.clock}`;
}

/** The tokens typed into a text. */
export function tokensIn(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Offsets of a line's text where an edit may start or end: never inside a `[^k]` reference, nor
 * inside a typed token (text typed into a token would hide it from the ledger, not lose it).
 */
function safeOffsets(text: string): number[] {
  const inside = new Set<number>();
  for (const pattern of [footnoteRefPattern(), new RegExp(TOKEN.source, 'g')]) {
    for (const m of text.matchAll(pattern)) for (let i = (m.index ?? 0) + 1; i < (m.index ?? 0) + m[0].length; i++) inside.add(i);
  }
  const out: number[] = [];
  for (let i = 0; i <= text.length; i++) if (!inside.has(i)) out.push(i);
  return out;
}

export class FuzzParticipant {
  readonly doc = new Y.Doc();
  session!: RoomSession;
  online = true;
  /** Edits made, by kind. */
  readonly counts: Record<EditKind, number> = { type: 0, erase: 0, addItem: 0, deleteLine: 0, moveItem: 0, relabel: 0, addFootnote: 0, deleteFootnote: 0, toggleOnline: 0 };
  /** Each token typed, with the element it was typed into and the edit number that typed it. */
  readonly typed = new Map<string, { host: string; edit: number }>();
  /** Elements this participant created (added items, moved copies, footnotes), by edit number. */
  readonly created = new Map<string, number>();
  /** Tokens this participant's deletions covered, and elements it removed. */
  readonly erasedTokens = new Set<string>();
  readonly removed = new Set<string>();
  edits = 0;
  /** The number of edits the server has acknowledged (every edit up to this one). */
  acked = 0;

  constructor(
    readonly n: number,
    private readonly random: () => number,
  ) {}

  async join(server: ServerAddress, room: string, token: string): Promise<void> {
    // Per WebSocket (a reconnect may replace one before its close event, and then the old one's
    // acknowledgements never arrive), the messages on the wire awaiting the server's
    // acknowledgement, in order: a full state (the edits it held) or one update.
    const inFlight = new WeakMap<object, Array<number | null>>();
    // The edits a full state held when it was encoded: one queued while the socket was not open
    // goes on the wire later, after more edits that it does not hold.
    const heldWhenEncoded = new WeakMap<Uint8Array, number>();
    const socket = new HocuspocusProviderWebsocket({ url: server.ws });
    const write = socket.send.bind(socket);
    socket.send = (message: Uint8Array): void => {
      const kind = syncKind(message);
      if (kind.type === 0 && kind.step === 1 && !heldWhenEncoded.has(message)) heldWhenEncoded.set(message, this.edits);
      const ws = socket.webSocket;
      if (ws?.readyState === 1 && kind.type === 0 && (kind.step === 1 || kind.step === 2)) {
        const queue = inFlight.get(ws) ?? [];
        inFlight.set(ws, queue);
        queue.push(kind.step === 1 ? (heldWhenEncoded.get(message) ?? 0) : null);
      }
      write(message);
    };
    socket.on('message', (event: { data: ArrayBuffer; target: object }) => {
      const kind = syncKind(new Uint8Array(event.data));
      if (kind.type !== 8) return;
      const covered = inFlight.get(event.target)?.shift();
      if (kind.value === 1 && typeof covered === 'number') this.acked = Math.max(this.acked, covered);
    });
    this.session = await joinRoom(server, room, token, { doc: this.doc, name: `P${this.n}`, socket });
  }

  /** Ask the server for its state: it answers with its own request, which this client answers with a full state. */
  checkpoint(): void {
    if (this.online) this.session.provider.forceSync();
  }

  private pick<T>(xs: readonly T[]): T | undefined {
    return xs.length ? xs[Math.floor(this.random() * xs.length)] : undefined;
  }

  private lines(...kinds: LineKind[]): Y.XmlElement[] {
    return draftFragment(this.doc)
      .toArray()
      .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && (kinds.length === 0 || kinds.includes(n.nodeName as LineKind)));
  }

  private token(): string {
    return `~p${this.n}e${this.edits}~`;
  }

  private kindOf(): EditKind {
    const total = Object.values(EDIT_WEIGHTS).reduce((a, b) => a + b, 0);
    let r = this.random() * total;
    for (const [kind, w] of Object.entries(EDIT_WEIGHTS) as Array<[EditKind, number]>) {
      if ((r -= w) < 0) return kind;
    }
    return 'type';
  }

  /** One random edit (or a disconnect / reconnect). */
  step(): void {
    const kind = this.kindOf();
    if (kind === 'toggleOnline') {
      this.counts.toggleOnline += 1;
      this.online = !this.online;
      if (this.online) this.goOnline();
      else this.session.provider.configuration.websocketProvider.disconnect();
      return;
    }
    this.edits += 1;
    if (this.apply(kind)) this.counts[kind] += 1;
    else {
      this.counts.type += 1;
      this.apply('type');
    }
  }

  /** Replace `[from, to)` of a line whose text is `text`, and check that the line now reads as asked. */
  private replace(line: Y.XmlElement, text: string, from: number, to: number, insert: string): void {
    replaceInLine(line, from, to, insert);
    const expected = text.slice(0, from) + insert + text.slice(to);
    const now = lineText(line);
    if (now !== expected) throw new Error(`P${this.n} edit ${this.edits}: replacing [${from}, ${to}) of ${JSON.stringify(text)} with ${JSON.stringify(insert)} gave ${JSON.stringify(now)}; runs ${JSON.stringify(line.toArray().map((c) => (c instanceof Y.XmlText ? c.toDelta() : (c as Y.XmlElement).nodeName)))}`);
  }

  /** Apply an edit of `kind`; false when there is nothing to apply it to. */
  private apply(kind: Exclude<EditKind, 'toggleOnline'>): boolean {
    const fragment = draftFragment(this.doc);
    switch (kind) {
      case 'type': {
        const line = this.pick(this.lines()) as Y.XmlElement;
        const text = lineText(line);
        const at = this.pick(safeOffsets(text)) ?? 0;
        const token = this.token();
        this.replace(line, text, at, at, ` ${token} `);
        this.typed.set(token, { host: elementId(line), edit: this.edits });
        return true;
      }
      case 'erase': {
        const line = this.pick(this.lines().filter((l) => lineText(l).length > 0));
        if (!line) return false;
        const text = lineText(line);
        const offsets = safeOffsets(text);
        const from = this.pick(offsets) as number;
        const to = this.pick(offsets.filter((o) => o > from && o - from <= 25));
        if (to === undefined) return false;
        for (const m of text.matchAll(TOKEN)) if ((m.index ?? 0) < to && (m.index ?? 0) + m[0].length > from) this.erasedTokens.add(m[0]);
        this.replace(line, text, from, to, '');
        return true;
      }
      case 'addItem': {
        const after = this.pick(this.lines('item', 'paragraph'));
        if (!after) return false;
        const index = fragment.toArray().indexOf(after);
        const depth = after.nodeName === 'item' ? Number(after.getAttribute('depth')) || 0 : 0;
        const listKind = after.nodeName === 'item' ? String(after.getAttribute('kind')) : (this.pick(KINDS) as string);
        const token = this.token();
        const el = lineElement('item', `a new item ${token}`, { depth, kind: listKind });
        fragment.insert(index + 1, [el]);
        this.typed.set(token, { host: elementId(el), edit: this.edits });
        this.created.set(elementId(el), this.edits);
        return true;
      }
      case 'deleteLine': {
        const line = this.pick(this.lines('item', 'paragraph'));
        if (!line) return false;
        this.removed.add(elementId(line));
        fragment.delete(fragment.toArray().indexOf(line), 1);
        return true;
      }
      case 'moveItem': {
        const item = this.pick(this.lines('item'));
        const target = this.pick(this.lines('item', 'paragraph', 'call').filter((l) => l !== item));
        if (!item || !target) return false;
        const copy = lineElement('item', lineText(item), { depth: Number(item.getAttribute('depth')) || 0, kind: String(item.getAttribute('kind')) });
        this.doc.transact(() => {
          this.removed.add(elementId(item));
          fragment.delete(fragment.toArray().indexOf(item), 1);
          fragment.insert(fragment.toArray().indexOf(target) + 1, [copy]);
        });
        this.created.set(elementId(copy), this.edits);
        return true;
      }
      case 'relabel': {
        const item = this.pick(this.lines('item'));
        if (!item) return false;
        if (this.random() < 0.5) setLineAttribute(item, 'depth', Math.max(0, (Number(item.getAttribute('depth')) || 0) + (this.random() < 0.5 ? -1 : 1)));
        else setLineAttribute(item, 'kind', this.pick(KINDS) as string);
        return true;
      }
      case 'addFootnote': {
        const line = this.pick(this.lines('item', 'paragraph'));
        if (!line) return false;
        const id = Math.max(0, ...this.lines('footnote').map((f) => Number(f.getAttribute('id')) || 0)) + 1;
        const text = lineText(line);
        const at = this.pick(safeOffsets(text)) ?? 0;
        const token = this.token();
        const body = lineElement('footnote', `a note ${token}`, { id });
        this.doc.transact(() => {
          replaceInLine(line, at, at, `[^${id}]`);
          fragment.insert(fragment.length, [body]);
        });
        this.typed.set(token, { host: elementId(body), edit: this.edits });
        this.created.set(elementId(body), this.edits);
        return true;
      }
      case 'deleteFootnote': {
        const note = this.pick(this.lines('footnote'));
        if (!note) return false;
        this.removed.add(elementId(note));
        fragment.delete(fragment.toArray().indexOf(note), 1);
        return true;
      }
    }
  }

  /**
   * Connect again. The provider's socket reports "connected" until the close that `disconnect()`
   * asked for has happened, and `connect()` does nothing meanwhile (nor does the close reconnect):
   * so when it still says connected, connect once it has closed.
   */
  private goOnline(): void {
    const socket = this.session.provider.configuration.websocketProvider;
    if (socket.status !== 'connected') {
      void socket.connect();
      return;
    }
    const later = (): void => {
      socket.off('disconnect', later);
      if (this.online) void socket.connect();
    };
    socket.on('disconnect', later);
  }

  /** Back online, if not. */
  reconnect(): void {
    if (!this.online) {
      this.online = true;
      this.goOnline();
    }
  }

  leave(): void {
    this.session.leave();
  }
}

/** Every element of a document's draft, by id (lines and references). */
export function liveElements(doc: Y.Doc): Set<string> {
  const out = new Set<string>();
  const walk = (node: Y.XmlElement | Y.XmlFragment): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        out.add(elementId(child));
        walk(child);
      }
    }
  };
  walk(draftFragment(doc));
  return out;
}
