import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { syncBeforeUpdates } from '../../shared/collab/syncBeforeUpdates';
import * as Y from 'yjs';
import type { z } from 'zod';
import {
  AWARENESS_USER,
  CreateRoomAnswerSchema,
  RefusalAnswerSchema,
  RoomAccessAnswerSchema,
  RoomVersionSchema,
  VersionStateAnswerSchema,
  VersionsAnswerSchema,
  isRoomRefusal,
  roomRequestInit,
  type CreateRoomAnswer,
  type CreateRoomRequest,
  type RoomAccessAnswer,
  type RoomRefusal,
  type RoomVersionInfo,
} from '../../shared/collab/roomApi';

/** How long the client waits for the server to answer a request, or to sync or acknowledge. */
export const CLIENT_TIMEOUT_MS = 15_000;

/**
 * A room command that failed, in the user's words. `input` is the user's to fix (a wrong, expired
 * or read-only token, an unknown room: exit 2); otherwise the server or the network failed (exit 1).
 */
export class RoomClientError extends Error {
  constructor(
    message: string,
    readonly input: boolean,
  ) {
    super(message);
    this.name = 'RoomClientError';
  }
}

/** The two addresses of a server: its HTTP API and its WebSocket. */
export interface ServerAddress {
  /** As the user gave it, for messages. */
  given: string;
  http: string;
  ws: string;
}

/** A server address as typed (`ws://`, `wss://`, `http://` or `https://`, with a port and a path if any). */
export function serverAddress(given: string): ServerAddress {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new RoomClientError(`"${given}" is not a server address; expected e.g. ws://127.0.0.1:1234 or wss://collab.example.org`, true);
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol)) throw new RoomClientError(`"${given}" is not a server address: it must start with ws://, wss://, http:// or https://`, true);
  if (url.username || url.password || url.search || url.hash) throw new RoomClientError(`"${given}": a server address has no user, query or fragment`, true);
  const rest = `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return { given, http: `${secure ? 'https' : 'http'}://${rest}`, ws: `${secure ? 'wss' : 'ws'}://${rest}` };
}

/** A refusal in the user's words: what is wrong and what to do. */
export function refusalMessage(reason: RoomRefusal, room: string, serverMessage?: string): string {
  switch (reason) {
    case 'unknown-room':
      return `there is no room "${room}" on this server (check the room id in the invite)`;
    case 'token-unknown':
      return 'the token opens no room on this server (check that the invite was copied whole)';
    case 'token-other-room':
      return `the token is for another room, not "${room}"`;
    case 'token-expired':
      return `the token has expired${serverMessage ? ` (${serverMessage.replace(/^the token /, '')})` : ''}; ask the room's creator for a new invite`;
    case 'read-only':
      return `the token only reads room "${room}"; editing needs the room's edit token`;
    case 'room-key':
      return 'this server makes rooms only with its room key: set RESDRAFT_ROOM_KEY to the key its administrator gave you';
    case 'update-too-large':
      return `the server refused the edit: ${serverMessage ?? 'it is too large'}`;
    case 'too-many-messages':
      return `the server refused the connection: ${serverMessage ?? 'too many messages a second'}`;
    case 'unknown-version':
      return serverMessage ?? `room "${room}" has no such version`;
    case 'bad-request':
    case 'request-too-large':
      return `the server refused the request: ${serverMessage ?? reason}`;
  }
}

function unreachable(server: ServerAddress, e: unknown): RoomClientError {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const why =
    cause?.code === 'ECONNREFUSED'
      ? 'connection refused'
      : cause?.code === 'ENOTFOUND'
        ? 'no such host'
        : (e as { name?: string }).name === 'TimeoutError'
          ? `no answer within ${CLIENT_TIMEOUT_MS / 1000} s`
          : cause?.message === 'bad port'
            ? 'a port web clients may not use; run the server on another --port'
            : (cause?.code ?? cause?.message ?? (e as Error).message);
  return new RoomClientError(`cannot reach the co-drafting server at ${server.given} (${why})`, false);
}

async function request<T>(server: ServerAddress, room: string, method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, o: { bearer?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${server.http}${path}`, { ...roomRequestInit(method, o), signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
  } catch (e) {
    throw unreachable(server, e);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const refusal = RefusalAnswerSchema.safeParse(body);
    if (refusal.success && isRoomRefusal(refusal.data.error)) {
      const reason = refusal.data.error;
      throw new RoomClientError(refusalMessage(reason, room, refusal.data.message), reason !== 'bad-request' && reason !== 'request-too-large');
    }
    throw new RoomClientError(`${server.given} answered ${response.status} ${response.statusText}: is it a co-drafting server (resdraft serve)?`, false);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new RoomClientError(`${server.given} answered something other than a co-drafting server does (resdraft serve)`, false);
  return parsed.data;
}

/** Make a room on a server (with its room key, when it has one). */
export function createRoom(server: ServerAddress, body: CreateRoomRequest, roomKey?: string): Promise<CreateRoomAnswer> {
  return request(server, '', 'POST', '/rooms', CreateRoomAnswerSchema, { bearer: roomKey, body });
}

/** What a token opens in a room (checks the room, the token and its expiry before joining). */
export function roomAccessOf(server: ServerAddress, room: string, token: string): Promise<RoomAccessAnswer> {
  return request(server, room, 'GET', `/rooms/${encodeURIComponent(room)}`, RoomAccessAnswerSchema, { bearer: token });
}

/** Keep the room as it stands under a name. */
export function saveVersion(server: ServerAddress, room: string, token: string, name: string, by?: string): Promise<RoomVersionInfo> {
  return request(server, room, 'POST', `/rooms/${encodeURIComponent(room)}/versions`, RoomVersionSchema, { bearer: token, body: { name, ...(by ? { by } : {}) } });
}

/** The room's named versions, oldest first. */
export async function listVersions(server: ServerAddress, room: string, token: string): Promise<RoomVersionInfo[]> {
  return (await request(server, room, 'GET', `/rooms/${encodeURIComponent(room)}/versions`, VersionsAnswerSchema, { bearer: token })).versions;
}

/** A named version (`v2`, or a name) as a document. */
export async function versionDoc(server: ServerAddress, room: string, token: string, key: string): Promise<{ version: RoomVersionInfo; doc: Y.Doc }> {
  const answer = await request(server, room, 'GET', `/rooms/${encodeURIComponent(room)}/versions/${encodeURIComponent(key)}`, VersionStateAnswerSchema, { bearer: token });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(answer.state, 'base64'));
  return { version: answer.version, doc };
}

/** A participant in a room: the shared document, kept in sync by the provider. */
export interface RoomSession {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /**
   * Resolves when the server has acknowledged every edit made so far, by the provider's count of
   * unacknowledged messages: it restarts at 1 at each connection's sync, which carries the edits
   * made offline (they are not queued: `shared/collab/syncBeforeUpdates.ts`), and each update sent
   * after it is acknowledged.
   */
  acknowledged(timeoutMs?: number): Promise<void>;
  /** Leave the room (the document stays readable). */
  leave(): void;
}

/**
 * Join a room and wait for the first sync; `name` is shown to the others, none joins unseen.
 * `socket`: a WebSocket provider of the caller's (several rooms may share one), else one of its own.
 */
export function joinRoom(server: ServerAddress, room: string, token: string, o: { name?: string; doc?: Y.Doc; timeoutMs?: number; socket?: HocuspocusProviderWebsocket } = {}): Promise<RoomSession> {
  const doc = o.doc ?? new Y.Doc();
  const socket = o.socket ?? new HocuspocusProviderWebsocket({ url: server.ws });
  syncBeforeUpdates(socket);
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, token, document: doc });
  provider.attach();
  if (o.name) provider.setAwarenessField(AWARENESS_USER, { name: o.name });
  else provider.awareness?.setLocalState(null);
  let refused: RoomClientError | undefined;
  const refusalWaiters = new Set<(e: RoomClientError) => void>();
  provider.on('close', ({ event }: { event?: { reason?: unknown } }) => {
    const reason = event?.reason;
    if (!isRoomRefusal(reason)) return;
    refused = new RoomClientError(refusalMessage(reason, room), reason === 'update-too-large');
    for (const wake of refusalWaiters) wake(refused);
  });
  const session: RoomSession = {
    doc,
    provider,
    acknowledged: (timeoutMs = CLIENT_TIMEOUT_MS) =>
      new Promise<void>((resolve, reject) => {
        if (refused) return reject(refused);
        if (!provider.hasUnsyncedChanges) return resolve();
        const done = (error?: RoomClientError): void => {
          clearTimeout(timer);
          provider.off('unsyncedChanges', check);
          refusalWaiters.delete(done);
          if (error) reject(error);
          else resolve();
        };
        const timer = setTimeout(() => done(new RoomClientError(`the server did not acknowledge the edit within ${timeoutMs / 1000} s; it may not be saved`, false)), timeoutMs);
        function check(): void {
          if (!provider.hasUnsyncedChanges) done();
        }
        provider.on('unsyncedChanges', check);
        refusalWaiters.add(done);
      }),
    leave: () => {
      provider.destroy();
      socket.destroy();
    },
  };
  return new Promise<RoomSession>((resolve, reject) => {
    const fail = (error: RoomClientError): void => {
      clearTimeout(timer);
      provider.destroy();
      if (!o.socket) socket.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(new RoomClientError(`room "${room}" did not open within ${(o.timeoutMs ?? CLIENT_TIMEOUT_MS) / 1000} s at ${server.given}`, false)), o.timeoutMs ?? CLIENT_TIMEOUT_MS);
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => fail(new RoomClientError(isRoomRefusal(reason) ? refusalMessage(reason, room) : `the server refused to open room "${room}" (${reason})`, true)));
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve(session);
    });
  });
}
