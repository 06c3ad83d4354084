/**
 * An invite to a co-drafting room as one string to copy and paste: the server's WebSocket address,
 * the room and a token, `ws://127.0.0.1:1234#<room>/<token>` (`wss://` behind TLS; a path after the
 * port is kept). Room ids and tokens are URL-safe base64 (`main/collab/roomTokens.ts`), so neither
 * holds `#` or `/`. Whether it edits or reads is the token's: the server says which.
 */

/** A room, where it is and the token that opens it. */
export interface Invite {
  /** The server's WebSocket address (`ws://…` or `wss://…`, no trailing slash). */
  server: string;
  room: string;
  token: string;
}

const ID = /^[A-Za-z0-9_-]+$/;
const SERVER = /^wss?:\/\/[^\s#/?@]+(\/[^\s#?]*)?$/;

/** The invite as one string. */
export function formatInvite(invite: Invite): string {
  return `${invite.server.replace(/\/+$/, '')}#${invite.room}/${invite.token}`;
}

/** An invite read back, or the reason it is not one (a sentence for the user). */
export function parseInvite(text: string): Invite | { error: string } {
  const t = text.trim();
  const hash = t.indexOf('#');
  const wrong = { error: 'This is not an invite: an invite looks like ws://server:1234#room/token. Copy the whole invite you were sent.' };
  if (hash < 0) return wrong;
  const server = t.slice(0, hash).replace(/\/+$/, '');
  const [room, token, ...rest] = t.slice(hash + 1).split('/');
  if (!SERVER.test(server) || rest.length > 0 || !room || !token || !ID.test(room) || !ID.test(token)) return wrong;
  return { server, room, token };
}
