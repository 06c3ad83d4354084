import { request } from 'node:http';

/** A response read in full. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Session cookies (`name=value`) of the hosts signed in by {@link signIn}, by port. */
const cookies = new Map<number, string>();

/** The session cookie of the host on `port`, if signed in. */
export function sessionCookie(port: number): string | undefined {
  return cookies.get(port);
}

/**
 * Exchanges a one-time sign-in address for the host's session cookie (as a browser does) and
 * remembers it: later requests to that port send it unless they set `Cookie` themselves.
 */
export async function signIn(signInUrl: string): Promise<string> {
  const u = new URL(signInUrl);
  const r = await rawRequest({ port: Number(u.port), path: u.pathname, headers: { Cookie: '' } });
  const set = r.headers['set-cookie'];
  const cookie = (Array.isArray(set) ? set[0] : set)?.split(';')[0];
  if (r.status !== 200 || !cookie) throw new Error(`sign-in at ${u.pathname} failed: ${r.status} ${r.body}`);
  cookies.set(Number(u.port), cookie);
  return cookie;
}

/**
 * An HTTP request with full control of the path and headers (fetch normalises paths and
 * forbids setting Host), for probing the browser host's guards. Sends the port's session cookie
 * (see {@link signIn}) unless `headers.Cookie` is given (`''`: none).
 */
export function rawRequest(o: { port: number; path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  const headers: Record<string, string> = { Host: `127.0.0.1:${o.port}`, ...o.headers };
  if (headers.Cookie === undefined && cookies.has(o.port)) headers.Cookie = cookies.get(o.port)!;
  if (headers.Cookie === '') delete headers.Cookie;
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port: o.port, path: o.path, method: o.method ?? 'GET', headers }, (r) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (body += c));
      r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body }));
    });
    req.on('error', rej);
    req.end(o.body);
  });
}

/** POST `api/<method>` with `{ args }` as the renderer does. */
export function apiCall(port: number, prefix: string, method: string, args: unknown[], headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest({
    port,
    path: `${prefix}api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, ...headers },
    body: JSON.stringify({ args }),
  });
}
