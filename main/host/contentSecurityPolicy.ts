// -------------------------------------------------------------------------------------------------
// SECURITY: the renderer's Content-Security-Policy, served by the app:// protocol (desktop) and the
// browser host. No inline script, no eval, no inline <style> (TipTap runs with injectCSS: false and
// its CSS ships in the bundle), no remote anything. Do not relax it to make something work.
// -------------------------------------------------------------------------------------------------

/** The Content-Security-Policy header value for every renderer page. */
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
export const RENDERER_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
