// -------------------------------------------------------------------------------------------------
// SECURITY: the renderer's Content-Security-Policy, served by the app:// protocol (desktop) and the
// browser host. No inline script, no eval, no inline <style> (TipTap runs with injectCSS: false and
// its CSS ships in the bundle), no remote anything. Do not relax it to make something work.
// The one remote connection: the co-drafting servers the host is configured with
// (RESDRAFT_CODRAFTING_SERVERS, set by whoever starts the app), their WebSocket and HTTP API only.
// -------------------------------------------------------------------------------------------------

/** The environment variable listing the co-drafting servers the page may connect to (space- or comma-separated addresses). */
export const CODRAFTING_SERVERS_ENV = 'RESDRAFT_CODRAFTING_SERVERS';

/**
 * The co-drafting servers the page may connect to, as `ws://host:port` / `wss://host:port` (with
 * a path when given), from {@link CODRAFTING_SERVERS_ENV}; an address that is not a ws(s)/http(s)
 * URL without user, query or fragment is left out.
 */
export function coDraftingServers(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const given of (env[CODRAFTING_SERVERS_ENV] ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      continue;
    }
    if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) continue;
    const secure = url.protocol === 'wss:' || url.protocol === 'https:';
    out.push(`${secure ? 'wss' : 'ws'}://${url.host}${url.pathname.replace(/\/+$/, '')}`);
  }
  return out;
}

/** Whether a request goes to one of the co-drafting servers (their WebSocket or HTTP API), which the desktop app lets through. */
export function isCoDraftingUrl(raw: string, servers: readonly string[] = coDraftingServers()): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return coDraftingSources(servers).includes(`${url.protocol}//${url.host}`);
}

/** The connect-src sources of the co-drafting servers: each one's WebSocket and HTTP origin. */
function coDraftingSources(servers: readonly string[]): string[] {
  return servers.flatMap((ws) => {
    const origin = new URL(ws);
    return [`${origin.protocol}//${origin.host}`, `${origin.protocol === 'wss:' ? 'https' : 'http'}://${origin.host}`];
  });
}

/** The Content-Security-Policy header value for every renderer page (connect-src: the page's own origin, and the co-drafting servers of {@link coDraftingServers}). */
export function contentSecurityPolicy(servers: readonly string[] = coDraftingServers()): string {
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", ["connect-src 'self'", ...coDraftingSources(servers)].join(' '));
}

/** The policy without co-drafting servers. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
].join('; ');

/** Headers sent with every renderer file. */
export function rendererHeaders(): Record<string, string> {
  return { ...RENDERER_HEADERS, 'Content-Security-Policy': contentSecurityPolicy() };
}

/**
 * A renderer file as sent: the page's own `<meta>` policy (the same rules, for a page opened
 * without the header) names the same co-drafting servers as the header, so the two agree.
 */
export function withPagePolicy<F extends { body: Buffer; contentType: string }>(file: F): F {
  if (!file.contentType.startsWith('text/html')) return file;
  const servers = coDraftingServers();
  if (servers.length === 0) return file;
  const html = file.body.toString('utf8').replace("connect-src 'self'", ["connect-src 'self'", ...coDraftingSources(servers)].join(' '));
  return { ...file, body: Buffer.from(html, 'utf8') };
}

/** Headers sent with every renderer file, without co-drafting servers. */
export const RENDERER_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
