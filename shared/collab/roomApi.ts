import { z } from 'zod';
import { BaselineRefSchema, SymbolChoiceSchema } from '../contribution/schema';
import { DraftSchema } from '../contribution/draftSchema';

/**
 * The contract between a co-drafting server (`resdraft serve`) and its clients (the CLI's `room`
 * commands, later the app), besides the Yjs sync over the WebSocket: the HTTP requests under
 * `/rooms`, their bodies and answers, the reasons a connection or request is refused, and what a
 * participant puts in its awareness state.
 *
 * - `POST /rooms` (body {@link CreateRoomRequest}; when the server has a room key, with
 *   `Authorization: Bearer <key>`): makes a room, answers {@link CreateRoomAnswer} (201).
 * - `GET /rooms/<room>` with `Authorization: Bearer <token>`: what the token opens ({@link RoomAccessAnswer}).
 * - `GET /rooms/<room>/versions` (any token of the room): the named versions ({@link VersionsAnswer}).
 * - `POST /rooms/<room>/versions` (an edit token; body {@link NewVersionRequest}): keeps the room as it
 *   stands under a name, answers the version (201).
 * - `GET /rooms/<room>/versions/<v2 | name>` (any token): a version's content ({@link VersionStateAnswer}).
 *
 * A refusal answers `{ "error": <reason>, "message": <sentence> }` with a 4xx status; over the
 * WebSocket, the reason is the permission-denied or close reason.
 */

/** The shortest and longest life of an invite token, in seconds. */
export const MIN_TOKEN_SECONDS = 1;
export const MAX_TOKEN_SECONDS = 366 * 24 * 3600;

/** What a room is made of: the proposal a room starts from. */
export const SharedProposalSchema = z.object({
  draft: DraftSchema,
  baseline: BaselineRefSchema.nullable(),
  symbol: SymbolChoiceSchema,
  reasons: z.string(),
});

/** `POST /rooms`: the proposal, and how long the invite tokens live. */
export const CreateRoomRequestSchema = z.object({
  proposal: SharedProposalSchema,
  expiresInSeconds: z.number().int().min(MIN_TOKEN_SECONDS).max(MAX_TOKEN_SECONDS),
});
/** The body of `POST /rooms`. */
export type CreateRoomRequest = z.infer<typeof CreateRoomRequestSchema>;

/** The answer to `POST /rooms`: the room id and its two invite tokens (shown once, stored only as hashes). */
export const CreateRoomAnswerSchema = z.object({
  room: z.string(),
  edit: z.string(),
  read: z.string(),
  /** When both tokens expire (ISO 8601). */
  expires: z.string(),
});
/** The answer to `POST /rooms`. */
export type CreateRoomAnswer = z.infer<typeof CreateRoomAnswerSchema>;

/** The roles a token gives. */
export const RoomRoleSchema = z.enum(['edit', 'read']);

/** The answer to `GET /rooms/<room>`: the role the token gives there and until when. */
export const RoomAccessAnswerSchema = z.object({ room: z.string(), role: RoomRoleSchema, expires: z.string() });
/** The answer to `GET /rooms/<room>`. */
export type RoomAccessAnswer = z.infer<typeof RoomAccessAnswerSchema>;

/** The longest name of a version, or of a participant. */
export const MAX_NAME_LENGTH = 200;

/** `POST /rooms/<room>/versions`: the version's name and who names it. */
export const NewVersionRequestSchema = z.object({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  by: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
});
/** The body of `POST /rooms/<room>/versions`. */
export type NewVersionRequest = z.infer<typeof NewVersionRequestSchema>;

/** A named version of a room (1 is the oldest). */
export const RoomVersionSchema = z.object({ number: z.number().int().min(1), name: z.string(), by: z.string().nullable(), time: z.string() });
/** A named version of a room. */
export type RoomVersionInfo = z.infer<typeof RoomVersionSchema>;

/** The answer to `GET /rooms/<room>/versions`. */
export const VersionsAnswerSchema = z.object({ versions: z.array(RoomVersionSchema) });

/** The answer to `GET /rooms/<room>/versions/<key>`: the version and its Yjs state (base64). */
export const VersionStateAnswerSchema = z.object({ version: RoomVersionSchema, state: z.string() });

/**
 * Why a server refuses: the `error` of an HTTP answer, the reason of a refused or closed
 * WebSocket connection.
 */
export const ROOM_REFUSALS = [
  'unknown-room',
  'token-unknown',
  'token-expired',
  'token-other-room',
  'read-only',
  'update-too-large',
  'too-many-messages',
  'room-key',
  'bad-request',
  'request-too-large',
  'unknown-version',
] as const;

/** One reason a server refuses. */
export type RoomRefusal = (typeof ROOM_REFUSALS)[number];

/** Whether a string is a reason a server refuses with. */
export function isRoomRefusal(reason: unknown): reason is RoomRefusal {
  return typeof reason === 'string' && (ROOM_REFUSALS as readonly string[]).includes(reason);
}

/** A refusal as the HTTP API answers it. */
export const RefusalAnswerSchema = z.object({ error: z.string(), message: z.string() });

/**
 * The awareness field a participant's name goes in (TipTap's collaboration caret reads `user`
 * too); the server adds the `role` its token gives, so a participant cannot claim another.
 */
export const AWARENESS_USER = 'user';

/** A participant as the awareness states show it. */
export interface Participant {
  name: string;
  role: 'edit' | 'read' | null;
}

/** The participants in a set of awareness states (those that give a name), in client order. */
export function participantsOf(states: ReadonlyMap<number, Record<string, unknown>>): Participant[] {
  const out: Participant[] = [];
  for (const [, state] of [...states].sort(([a], [b]) => a - b)) {
    const user = state[AWARENESS_USER] as { name?: unknown; role?: unknown } | undefined;
    if (!user || typeof user.name !== 'string') continue;
    out.push({ name: user.name, role: user.role === 'edit' || user.role === 'read' ? user.role : null });
  }
  return out;
}

/** What a request to a server's HTTP API sends: the method, the token or room key as a bearer, a JSON body. */
export function roomRequestInit(method: 'GET' | 'POST', o: { bearer?: string; body?: unknown } = {}): { method: string; headers: Record<string, string>; body?: string } {
  return {
    method,
    headers: { ...(o.bearer ? { Authorization: `Bearer ${o.bearer}` } : {}), ...(o.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(o.body === undefined ? {} : { body: JSON.stringify(o.body) }),
  };
}
