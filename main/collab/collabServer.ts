import type { Duplex } from 'node:stream';
import { Server, type Extension } from '@hocuspocus/server';
import { Redis, type Configuration as RedisConfiguration } from '@hocuspocus/extension-redis';
import { DEFAULT_LIMITS, roomAccess, type RoomLimits } from './roomAccess';
import { roomRequests } from './roomRequests';
import { roomStorage } from './roomStorage';
import { RoomStore } from './roomStore';

/** How a co-drafting server is started (`resdraft serve`). */
export interface CollabServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The store's folder (SQLite, shared by instances on one machine). */
  folder: string;
  /** A store already open on `folder`, to use instead of opening one (tests reach into it). */
  store?: RoomStore;
  /** `redis://[user:password@]host[:port][/db]` (or `rediss://`): instances on one Redis share rooms. */
  redisUrl?: string;
  /** When set, making a room needs it (`Authorization: Bearer <key>`). */
  roomKey?: string;
  limits?: RoomLimits;
  /** Lines for the operator (never a secret). */
  log?: (line: string) => void;
}

/** A running server. */
export interface CollabServer {
  /** `ws://host:port`. */
  url: string;
  port: number;
  /** Stop: connections closed, documents stored, the store closed. */
  stop(): Promise<void>;
}

/** A Redis address without its password, for messages. */
export function redactedRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the --redis address';
  }
}

/** A `--redis` address that is not one; the message says what was expected. */
export class RedisAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisAddressError';
  }
}

/** The parts of a `redis://` or `rediss://` address, as the Redis extension takes them. */
export function redisAddress(redisUrl: string): { host: string; port: number; username?: string; password?: string; db: number; tls: boolean } {
  let u: URL;
  try {
    u = new URL(redisUrl);
  } catch {
    throw new RedisAddressError(`--redis "${redactedRedisUrl(redisUrl)}" is not an address; expected redis://host:port`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new RedisAddressError(`--redis must be a redis:// or rediss:// address, not ${u.protocol}//`);
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^[0-9]+$/.test(db)) throw new RedisAddressError(`--redis: "${db}" is not a database number`);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number(db || 0),
    tls: u.protocol === 'rediss:',
  };
}

/** The Redis extension for a `redis://` address, after checking that Redis answers. */
async function redisExtension(redisUrl: string): Promise<Redis> {
  const a = redisAddress(redisUrl);
  const redis = new Redis({
    // host and port go in the client's options: given apart, ioredis reads the host as a URL with Node's deprecated url.parse (a warning on every start)
    host: undefined,
    port: undefined,
    prefix: 'resdraft',
    options: { host: a.host, port: a.port, username: a.username, password: a.password, db: a.db, tls: a.tls ? {} : undefined, maxRetriesPerRequest: 3 },
  } as unknown as Partial<RedisConfiguration>);
  // while starting, the first error is the reason given; once serving, each outage is told once
  let started = false;
  let reported = false;
  let lastError = '';
  for (const client of [redis.pub, redis.sub]) {
    client.on('error', (e: Error) => {
      lastError = e.message;
      if (started && !reported) console.error(`resdraft serve: Redis at ${redactedRedisUrl(redisUrl)}: ${e.message}`);
      reported = true;
    });
    client.on('ready', () => (reported = false));
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([redis.pub.ping(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 5 s')), 5000)))]);
  } catch (e) {
    redis.pub.disconnect(false);
    redis.sub.disconnect(false);
    throw new Error(`cannot reach Redis at ${redactedRedisUrl(redisUrl)} (${lastError || (e as Error).message})`, { cause: e });
  } finally {
    clearTimeout(timer);
  }
  started = true;
  reported = false;
  return redis;
}

/**
 * Start a co-drafting server: Hocuspocus with the rooms' HTTP API, token checks and limits, and the
 * embedded store; with `redisUrl`, Hocuspocus' Redis extension so that instances share rooms.
 */
export async function startCollabServer(o: CollabServerOptions): Promise<CollabServer> {
  const store = o.store ?? new RoomStore(o.folder);
  const limits = o.limits ?? DEFAULT_LIMITS;
  const extensions: Extension[] = [];
  try {
    if (o.redisUrl) extensions.push(await redisExtension(o.redisUrl));
  } catch (e) {
    store.close();
    throw e;
  }
  extensions.push(roomAccess(store, limits), roomStorage(store), roomRequests({ store, roomKey: o.roomKey, onRoomCreated: (room) => o.log?.(`room created: ${room}`) }));
  const server = new Server({
    name: 'resdraft',
    address: o.host,
    port: o.port,
    quiet: true,
    stopOnSignals: false,
    extensions,
    // a frame twice the message limit is cut by the socket itself, before it is buffered whole
    websocketOptions: { maxPayload: limits.maxMessageBytes * 2 },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.listen(o.port).then(() => {
        server.httpServer.off('error', reject);
        resolve();
      }, reject);
    });
  } catch (e) {
    store.close();
    await server.hocuspocus.hooks('onDestroy', { instance: server.hocuspocus });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${o.port} on ${o.host} is in use; choose another with --port`, { cause: e });
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`cannot listen on ${o.host}: no such address on this machine`, { cause: e });
    if (code === 'EACCES') throw new Error(`not allowed to listen on port ${o.port}; choose one above 1023 with --port`, { cause: e });
    throw e;
  }
  // Hocuspocus closes its documents' connections when it stops, not the sockets under them: a
  // participant's socket would keep the process alive until its close handshake times out (30 s)
  const sockets = new Set<Duplex>();
  server.httpServer.on('upgrade', (_request: unknown, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const port = server.address.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `ws://${host}:${port}`,
    port,
    stop: async () => {
      await server.destroy();
      for (const socket of sockets) socket.destroy();
      server.httpServer.closeAllConnections();
      store.close();
    },
  };
}
