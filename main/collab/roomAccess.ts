import type { beforeHandleAwarenessPayload, beforeHandleMessagePayload, Connection, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { AWARENESS_USER, MAX_NAME_LENGTH, type RoomRefusal } from '../../shared/collab/roomApi';
import type { RoomRole, RoomStore } from './roomStore';
import { tokenHash } from './roomTokens';

/** What one connection may send. */
export interface RoomLimits {
  /** The largest message (a Yjs update, an awareness update) a connection may send, in bytes. */
  maxMessageBytes: number;
  /** Messages per second a connection may keep sending… */
  messagesPerSecond: number;
  /** …after a burst of this many. */
  messageBurst: number;
}

/**
 * The default limits: 1 MiB a message (a whole resolution's first sync is a few hundred kB at most),
 * 100 messages a second after a burst of 300 (a fast typist sends 10 to 20, with the caret's).
 */
export const DEFAULT_LIMITS: RoomLimits = { maxMessageBytes: 1024 * 1024, messagesPerSecond: 100, messageBurst: 300 };

/** A refusal: its reason is what the client is told (`permission-denied` reason, close reason). */
export class RoomRefusalError extends Error {
  constructor(
    readonly reason: RoomRefusal,
    message: string,
    /** The WebSocket close code when the refusal closes a connection. */
    readonly code = 4403,
  ) {
    super(message);
    this.name = 'RoomRefusalError';
  }
}

/**
 * The role a token gives in a room, or the refusal: the room must exist, and the token must be one
 * of its own and not expired. Checked on every connection and every HTTP request.
 */
export function roleFor(store: RoomStore, room: string, token: string, now = Date.now()): { role: RoomRole; expires: number } {
  if (!store.hasRoom(room)) throw new RoomRefusalError('unknown-room', `there is no room "${room}" on this server`);
  const record = store.token(tokenHash(token));
  if (!record) throw new RoomRefusalError('token-unknown', 'the token opens no room on this server');
  if (record.room !== room) throw new RoomRefusalError('token-other-room', `the token is for another room than "${room}"`);
  if (record.expires <= now) throw new RoomRefusalError('token-expired', `the token expired on ${new Date(record.expires).toISOString()}`);
  return { role: record.role, expires: record.expires };
}

/** A token bucket per connection: `burst` messages at once, then `rate` a second. */
class MessageBudget {
  private tokens: number;
  private last = Date.now();

  constructor(private readonly limits: RoomLimits) {
    this.tokens = limits.messageBurst;
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.limits.messageBurst, this.tokens + ((now - this.last) / 1000) * this.limits.messagesPerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The connection's role, kept in its Hocuspocus context by `onAuthenticate`. */
interface RoomContext {
  role?: RoomRole;
}

/**
 * Who may enter a room and what they may send: the token of every connection is checked
 * (`onAuthenticate`; a read token makes the connection read-only, so Hocuspocus refuses its
 * updates), a message beyond the size limit or past the rate limit closes the connection with the
 * reason, and each participant's awareness name is given the role its token gives.
 */
export function roomAccess(store: RoomStore, limits: RoomLimits = DEFAULT_LIMITS): Extension {
  const budgets = new WeakMap<Connection, MessageBudget>();
  return {
    extensionName: 'resdraft-room-access',
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<RoomContext> {
      const { role } = roleFor(store, documentName, token);
      connectionConfig.readOnly = role === 'read';
      return { role };
    },
    async beforeHandleMessage({ connection, update }: beforeHandleMessagePayload): Promise<void> {
      let refusal: RoomRefusalError | undefined;
      if (update.byteLength > limits.maxMessageBytes) {
        refusal = new RoomRefusalError('update-too-large', `a message of ${update.byteLength} bytes is over the limit of ${limits.maxMessageBytes}`, 4413);
      } else {
        let budget = budgets.get(connection);
        if (!budget) budgets.set(connection, (budget = new MessageBudget(limits)));
        if (!budget.take()) refusal = new RoomRefusalError('too-many-messages', `more than ${limits.messagesPerSecond} messages a second`, 4429);
      }
      if (!refusal) return;
      // the whole socket goes: its queued messages are dropped and the client learns why from the close
      connection.webSocket.close(refusal.code, refusal.reason);
      throw refusal;
    },
    async beforeHandleAwareness({ states, connection, context }: beforeHandleAwarenessPayload): Promise<void> {
      if (!connection) return;
      const role = (context as RoomContext | undefined)?.role ?? (connection.readOnly ? 'read' : 'edit');
      for (const [client, state] of states) {
        const user = state?.[AWARENESS_USER] as Record<string, unknown> | undefined;
        if (!user || typeof user !== 'object') continue;
        const name = typeof user.name === 'string' ? user.name.slice(0, MAX_NAME_LENGTH) : undefined;
        states.set(client, { ...state, [AWARENESS_USER]: { ...user, ...(name === undefined ? {} : { name }), role } });
      }
    },
  };
}
