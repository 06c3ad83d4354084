import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHostMethod, type HostHandler, HostArgumentError } from '../host/hostHandlers';
import type { InvokableMethod } from '../../shared/host/hostMethods';
import { rendererHeaders, withPagePolicy } from '../host/contentSecurityPolicy';
import { readRendererFile } from '../host/rendererFiles';
import { guardRequest, sessionCookieName } from './requestGuard';
import { WriteOrder } from './writeOrder';

/** The largest API request body accepted (a contribution is at most 32 MB). */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

/** A running browser host server. */
export interface WebServer {
  server: Server;
  port: number;
  secret: string;
  /** The app URL (`http://127.0.0.1:<port>/app/`): it needs the session cookie. */
  url: string;
  /**
   * A one-time sign-in address `http://127.0.0.1:<port>/open/<token>`: the first request to it
   * gets the session cookie, and the token dies. `ttlMs` limits how long it stays usable.
   */
  signInUrl(ttlMs?: number): string;
  /** Called when a sign-in token is used (or refused because it was already used). */
  onSignIn?: (token: string) => void;
  close(): Promise<void>;
}

/** Options of {@link startWebServer}. */
export interface WebServerOptions {
  handlers: Record<InvokableMethod, HostHandler>;
  rendererDir: string;
  /** 0 = a free port. */
  port?: number;
  /** Defaults to 32 random bytes. */
  secret?: string;
  log?: (line: string) => void;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(body);
}

/** A request body larger than {@link MAX_BODY_BYTES}: answered 413 once the body has been read past. */
class BodyTooLargeError extends Error {}

/** A body this much over the limit is not read to its end: the connection is closed instead. */
const MAX_DISCARD_BYTES = 8 * MAX_BODY_BYTES;

/**
 * The request body as text, at most {@link MAX_BODY_BYTES}. A larger one (declared or sent) is
 * read to its end and thrown away, then refused with {@link BodyTooLargeError}, so the client is
 * still reading when the 413 comes (closing the connection mid-upload would reset it instead).
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_DISCARD_BYTES) {
        req.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(c);
    });
    req.on('end', () => (tooLarge ? rej(new BodyTooLargeError()) : res(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', rej);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, o: WebServerOptions, order: WriteOrder): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'API calls are POST requests', { Allow: 'POST' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'API calls send application/json');
  if (!isHostMethod(method)) return send(res, 404, 'application/json', JSON.stringify({ ok: false, error: `unknown host method "${method}"` }));
  const inOrder = order.arrive(method);
  let args: unknown;
  try {
    const body = JSON.parse(await readBody(req)) as { args?: unknown };
    args = body?.args;
  } catch (e) {
    // unread: nothing waits for this call
    void inOrder(async () => undefined);
    if (e instanceof BodyTooLargeError) {
      const error = `The request is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB, the most the browser host accepts, so it was not read.`;
      return send(res, 413, 'application/json', JSON.stringify({ ok: false, error }), { Connection: 'close' });
    }
    return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: `bad request body: ${e instanceof Error ? e.message : String(e)}` }));
  }
  try {
    const value = await inOrder(() => o.handlers[method](args));
    send(res, 200, 'application/json', JSON.stringify({ ok: true, value }));
  } catch (e) {
    const status = e instanceof HostArgumentError ? 400 : 200;
    send(res, status, 'application/json', JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  }
}

/** The page that sets the session cookie and moves on to the app (no script: the CSP allows none). */
const SIGNED_IN_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/app/"><title>Resolution Drafter</title></head>' +
  '<body><p>Signed in. <a href="/app/">Open Resolution Drafter</a>.</p></body></html>\n';

/** Starts the browser host's HTTP server on 127.0.0.1 only. */
export async function startWebServer(o: WebServerOptions): Promise<WebServer> {
  const secret = o.secret ?? randomBytes(32).toString('base64url');
  /** Unused sign-in tokens and when each expires (`Infinity`: until used). */
  const tokens = new Map<string, number>();
  const order = new WriteOrder();
  let port = 0;
  const signIn = (res: ServerResponse, token: string): void => {
    const expires = tokens.get(token);
    tokens.delete(token);
    web.onSignIn?.(token);
    if (expires === undefined || expires < Date.now()) {
      o.log?.('refused a sign-in address that was already used or has expired');
      return send(res, 403, 'text/plain; charset=utf-8', 'Refused: this sign-in address works once and was already used (or has expired). Use the tab already signed in, or restart "npm run web" for a new address.\n');
    }
    const cookie = `${sessionCookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, { ...rendererHeaders(), 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': cookie });
    res.end(SIGNED_IN_PAGE);
  };
  const server = createServer((req, res) => {
    // browsers ask for /favicon.ico at the root on their own: answer it without a body or a log line
    if (req.url === '/favicon.ico' && req.method === 'GET') return send(res, 404, 'text/plain', '');
    const verdict = guardRequest(req, port, secret);
    if (!verdict.ok) {
      o.log?.(`refused ${req.method} ${req.url?.replace(/\/open\/[^/]*/, '/open/…')}: ${verdict.reason}`);
      return send(res, verdict.status, 'text/plain; charset=utf-8', `Refused: ${verdict.reason}. Open the address Resolution Drafter printed when it started.\n`);
    }
    if (verdict.route === 'open') return signIn(res, verdict.token);
    const api = /^api\/([A-Za-z]+)$/.exec(verdict.rest);
    if (api) {
      handleApi(req, res, api[1], o, order).catch((e) => send(res, 500, 'text/plain', String(e)));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'only GET', { Allow: 'GET, HEAD' });
    const read = readRendererFile(o.rendererDir, verdict.rest);
    const file = read && withPagePolicy(read);
    if (!file) {
      if (verdict.rest === '') return send(res, 503, 'text/plain; charset=utf-8', `The renderer is not built (no index.html in ${o.rendererDir}): run "npm run build".\n`);
      return send(res, 404, 'text/plain', 'not found');
    }
    res.writeHead(200, { ...rendererHeaders(), 'Content-Type': file.contentType, 'Content-Length': String(file.body.length) });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(o.port ?? 0, '127.0.0.1', () => res());
  });
  port = (server.address() as AddressInfo).port;
  const web: WebServer = {
    server,
    port,
    secret,
    url: `http://127.0.0.1:${port}/app/`,
    signInUrl: (ttlMs = Infinity) => {
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, Date.now() + ttlMs);
      return `http://127.0.0.1:${port}/open/${token}`;
    },
    close: () => new Promise<void>((res) => {
      server.closeAllConnections();
      server.close(() => res());
    }),
  };
  return web;
}
