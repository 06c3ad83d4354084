import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { z } from 'zod';
import { sharedProposalDoc } from '../../shared/collab/sharedProposal';
import { CreateRoomRequestSchema, NewVersionRequestSchema, type CreateRoomAnswer, type RoomAccessAnswer, type RoomRefusal, type RoomVersionInfo } from '../../shared/collab/roomApi';
import { RoomRefusalError, roleFor } from './roomAccess';
import type { RoomStore, RoomVersion } from './roomStore';
import { newRoomId, newToken, sameSecret, tokenHash } from './roomTokens';

/** The largest request body: a room's first proposal as JSON (a resolution is a few hundred kB at most). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

const STATUS: Record<RoomRefusal, number> = {
  'unknown-room': 404,
  'unknown-version': 404,
  'token-unknown': 401,
  'token-expired': 401,
  'token-other-room': 403,
  'read-only': 403,
  'room-key': 401,
  'bad-request': 400,
  'request-too-large': 413,
  'update-too-large': 413,
  'too-many-messages': 429,
};

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    // the API takes no cookies: a page of any origin (the app) may call it with a token it holds
    'Access-Control-Allow-Origin': '*',
  });
  response.end(text);
}

function refuse(response: ServerResponse, e: RoomRefusalError): void {
  send(response, STATUS[e.reason], { error: e.reason, message: e.message });
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length']);
  if (declared > MAX_REQUEST_BYTES) throw new RoomRefusalError('request-too-large', `the request is over ${MAX_REQUEST_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new RoomRefusalError('request-too-large', `the request is over ${MAX_REQUEST_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RoomRefusalError('bad-request', 'the request body is not JSON');
  }
}

function parsed<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RoomRefusalError('bad-request', `${issue.path.join('.') || 'the request'}: ${issue.message}`);
  }
  return result.data;
}

function bearer(request: IncomingMessage): string {
  const m = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  return m ? m[1] : '';
}

function versionInfo(v: RoomVersion): RoomVersionInfo {
  return { number: v.number, name: v.name, by: v.by, time: new Date(v.time).toISOString() };
}

/** What the HTTP API needs of the server. */
export interface RoomRequestOptions {
  store: RoomStore;
  /** When set, making a room needs `Authorization: Bearer <key>`. */
  roomKey?: string;
  /** Told of each room made (never of a token). */
  onRoomCreated?: (room: string) => void;
}

/**
 * The HTTP API of a co-drafting server (`shared/collab/roomApi.ts` documents it): making rooms,
 * what a token opens, named versions. Every other path answers 404.
 */
export function roomRequests({ store, roomKey, onRoomCreated }: RoomRequestOptions): Extension {
  const currentState = (instance: Hocuspocus, room: string): Uint8Array => {
    const loaded = instance.documents.get(room);
    return store.state(room, loaded ? Y.encodeStateAsUpdate(loaded) : undefined);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, instance: Hocuspocus): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://server');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      response.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600' });
      response.end();
      return;
    }
    if (parts[0] !== 'rooms') {
      send(response, parts.length === 0 ? 200 : 404, parts.length === 0 ? { server: 'Resolution Drafter co-drafting' } : { error: 'not-found', message: `nothing at ${url.pathname}` });
      return;
    }
    if (parts.length === 1 && method === 'POST') {
      if (roomKey !== undefined && !sameSecret(bearer(request), roomKey)) throw new RoomRefusalError('room-key', 'making a room on this server needs its room key');
      const { proposal, expiresInSeconds } = parsed(CreateRoomRequestSchema, await readBody(request));
      const room = newRoomId();
      const edit = newToken();
      const read = newToken();
      const expires = Date.now() + expiresInSeconds * 1000;
      const doc = sharedProposalDoc(proposal);
      store.createRoom(room, Y.encodeStateAsUpdate(doc), [
        { hash: tokenHash(edit), role: 'edit', expires },
        { hash: tokenHash(read), role: 'read', expires },
      ]);
      doc.destroy();
      onRoomCreated?.(room);
      send(response, 201, { room, edit, read, expires: new Date(expires).toISOString() } satisfies CreateRoomAnswer);
      return;
    }
    const room = parts[1] ?? '';
    if (parts.length === 2 && method === 'GET') {
      const { role, expires } = roleFor(store, room, bearer(request));
      send(response, 200, { room, role, expires: new Date(expires).toISOString() } satisfies RoomAccessAnswer);
      return;
    }
    if (parts[2] === 'versions' && parts.length === 3 && method === 'GET') {
      roleFor(store, room, bearer(request));
      send(response, 200, { versions: store.versions(room).map(versionInfo) });
      return;
    }
    if (parts[2] === 'versions' && parts.length === 3 && method === 'POST') {
      const { role } = roleFor(store, room, bearer(request));
      if (role !== 'edit') throw new RoomRefusalError('read-only', 'naming a version needs the edit token');
      const { name, by } = parsed(NewVersionRequestSchema, await readBody(request));
      const version = store.addVersion(room, name, by ?? null, currentState(instance, room));
      send(response, 201, versionInfo(version));
      return;
    }
    if (parts[2] === 'versions' && parts.length === 4 && method === 'GET') {
      roleFor(store, room, bearer(request));
      const found = store.versionState(room, parts[3]);
      if (!found) throw new RoomRefusalError('unknown-version', `room "${room}" has no version "${parts[3]}"`);
      send(response, 200, { version: versionInfo(found.version), state: Buffer.from(found.state).toString('base64') });
      return;
    }
    send(response, 404, { error: 'not-found', message: `nothing at ${method} ${url.pathname}` });
  };

  return {
    extensionName: 'resdraft-room-requests',
    async onRequest({ request, response, instance }: onRequestPayload): Promise<void> {
      try {
        await handle(request, response, instance);
      } catch (e) {
        if (e instanceof RoomRefusalError) refuse(response, e);
        else {
          console.error(`resdraft serve: ${request.method} ${request.url}: ${(e as Error).message}`);
          if (!response.headersSent) send(response, 500, { error: 'server-error', message: 'the server could not answer; its log says why' });
        }
      }
      // answered: a rejection without an error stops Hocuspocus' own answer
      return Promise.reject();
    },
  };
}
