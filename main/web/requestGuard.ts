import { timingSafeEqual } from 'node:crypto';

/** The parts of a request the guard looks at. */
export interface GuardedRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The guard's verdict: the app (`/app/…`, with the session cookie) and the path below it; the
 * one-time sign-in address (`/open/<token>`); or why the request is refused.
 */
export type GuardResult =
  | { ok: true; route: 'app'; rest: string }
  | { ok: true; route: 'open'; token: string }
  | { ok: false; status: number; reason: string };

/** The name of the session cookie of the host on `port` (cookies are per host name, not per port). */
export function sessionCookieName(port: number): string {
  return `resdraft-${port}`;
}

function header(req: GuardedRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join('; ') : v;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The value of cookie `name` in a Cookie header, if present once. */
function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  const found = cookieHeader
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c.startsWith(`${name}=`))
    .map((c) => c.slice(name.length + 1));
  return found.length === 1 ? found[0] : undefined;
}

// -------------------------------------------------------------------------------------------------
// SECURITY: the browser host serves the user's drafts to anything that can reach 127.0.0.1. Every
// request must name the exact loopback Host (DNS rebinding), come from our own origin if it has
// one (CSRF from other sites), and carry the per-launch secret in an HttpOnly, SameSite=Strict
// cookie. The secret is never in a URL or on a command line: the browser gets it once, by
// exchanging a one-time token (`/open/<token>`) that dies on first use. Do not relax.
// -------------------------------------------------------------------------------------------------

/**
 * Checks one request against the host's port and secret. The Host header must be
 * `127.0.0.1:<port>`. `/open/<token>` is let through for the server to check the token (a browser
 * opened from a local file arrives cross-site). Everything else must be under `/app/`, carry the
 * session cookie, have no foreign `Origin` and no `Sec-Fetch-Site` other than same-origin/none.
 */
export function guardRequest(req: GuardedRequest, port: number, secret: string): GuardResult {
  const host = header(req, 'host');
  if (host !== `127.0.0.1:${port}`) return { ok: false, status: 403, reason: `foreign Host "${host ?? ''}"` };
  const path = (req.url ?? '').split('?')[0].split('#')[0];
  const open = /^\/open\/([A-Za-z0-9_-]{20,100})$/.exec(path);
  if (open) return req.method === 'GET' ? { ok: true, route: 'open', token: open[1] } : { ok: false, status: 405, reason: 'the sign-in address is opened with GET' };
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) return { ok: false, status: 403, reason: `foreign Origin "${origin}"` };
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: `cross-site request (${site})` };
  const m = /^\/app\/(.*)$/.exec(path);
  const given = cookieValue(header(req, 'cookie'), sessionCookieName(port));
  if (!m || given === undefined || !sameSecret(given, secret)) return { ok: false, status: 403, reason: 'missing or wrong secret' };
  return { ok: true, route: 'app', rest: m[1] };
}
