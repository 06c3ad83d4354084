import type { z } from 'zod';
import { t } from '../app/uiLanguage';
import {
  CreateRoomAnswerSchema,
  RefusalAnswerSchema,
  RoomAccessAnswerSchema,
  RoomVersionSchema,
  VersionsAnswerSchema,
  roomRequestInit,
  type CreateRoomAnswer,
  type CreateRoomRequest,
  type RoomAccessAnswer,
  type RoomVersionInfo,
} from '../../shared/collab/roomApi';

const STRINGS = {
  notAddress: (given: string): string => t('room.notAddress', { given }),
  unreachable: (given: string): string => t('room.unreachable', { given }),
  refused: (given: string, message: string): string => t('room.refused', { given, message }),
  notServer: (given: string): string => t('room.notServer', { given }),
};

/** How long a request to the server may take. */
const TIMEOUT_MS = 15_000;

/** A request to the co-drafting server that failed; the message is for the user. */
export class RoomRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoomRequestError';
  }
}

/** A server address as the user typed it, and the two addresses it stands for. */
export interface RoomServer {
  given: string;
  http: string;
  ws: string;
}

/** The server of an address typed as `ws://`, `wss://`, `http://` or `https://` (with a port and a path if any). */
export function roomServer(given: string): RoomServer {
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new RoomRequestError(STRINGS.notAddress(given));
  }
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) throw new RoomRequestError(STRINGS.notAddress(given));
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  const rest = `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return { given: given.trim(), http: `${secure ? 'https' : 'http'}://${rest}`, ws: `${secure ? 'wss' : 'ws'}://${rest}` };
}

async function request<T>(server: RoomServer, method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, o: { bearer?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${server.http}${path}`, { ...roomRequestInit(method, o), signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new RoomRequestError(STRINGS.unreachable(server.given));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refusal = RefusalAnswerSchema.safeParse(body);
    throw new RoomRequestError(refusal.success ? STRINGS.refused(server.given, refusal.data.message) : STRINGS.notServer(server.given));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new RoomRequestError(STRINGS.notServer(server.given));
  return parsed.data;
}

/** Make a room from a proposal (`POST /rooms`, as `resdraft room create` does). */
export function createRoom(server: RoomServer, body: CreateRoomRequest): Promise<CreateRoomAnswer> {
  return request(server, 'POST', '/rooms', CreateRoomAnswerSchema, { body });
}

/** What a token opens (the room, its role, until when). */
export function roomAccess(server: RoomServer, room: string, token: string): Promise<RoomAccessAnswer> {
  return request(server, 'GET', `/rooms/${encodeURIComponent(room)}`, RoomAccessAnswerSchema, { bearer: token });
}

/** The room's named versions, oldest first. */
export async function roomVersions(server: RoomServer, room: string, token: string): Promise<RoomVersionInfo[]> {
  return (await request(server, 'GET', `/rooms/${encodeURIComponent(room)}/versions`, VersionsAnswerSchema, { bearer: token })).versions;
}

/** Keep the room as it stands under a name (an edit token). */
export function saveRoomVersion(server: RoomServer, room: string, token: string, name: string, by: string): Promise<RoomVersionInfo> {
  return request(server, 'POST', `/rooms/${encodeURIComponent(room)}/versions`, RoomVersionSchema, { bearer: token, body: { name, by } });
}
