import { timingSafeEqual } from 'node:crypto';

/** The parts of a request the guard looks at. */
export interface GuardedRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The guard's verdict: the path below `/s/<secret>/`, or why the request is refused. */
export type GuardResult = { ok: true; rest: string } | { ok: false; status: number; reason: string };

function header(req: GuardedRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

// -------------------------------------------------------------------------------------------------
// SECURITY: the browser host serves the user's drafts to anything that can reach 127.0.0.1. Every
// request must name the exact loopback Host (DNS rebinding), come from our own origin if it has
// one (CSRF from other sites), and carry the per-launch secret in its path. Do not relax.
// -------------------------------------------------------------------------------------------------

/**
 * Checks one request against the host's port and secret. Requests reach the app only under
 * `/s/<secret>/`; the Host header must be `127.0.0.1:<port>`; an `Origin` header, when present,
 * must be `http://127.0.0.1:<port>`; a `Sec-Fetch-Site` other than same-origin/none is refused.
 */
export function guardRequest(req: GuardedRequest, port: number, secret: string): GuardResult {
  const host = header(req, 'host');
  if (host !== `127.0.0.1:${port}`) return { ok: false, status: 403, reason: `foreign Host "${host ?? ''}"` };
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) return { ok: false, status: 403, reason: `foreign Origin "${origin}"` };
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: `cross-site request (${site})` };
  const path = (req.url ?? '').split('?')[0].split('#')[0];
  const m = /^\/s\/([^/]*)\/(.*)$/.exec(path);
  if (!m || !sameSecret(m[1], secret)) return { ok: false, status: 403, reason: 'missing or wrong secret' };
  return { ok: true, rest: m[2] };
}
