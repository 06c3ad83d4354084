import type { HostApi, HostCommand } from '../../shared/host/hostApi';
import { HOST_METHODS, checkExternalUrl, type InvokableMethod } from '../../shared/host/hostMethods';

type Reply = { ok: true; value?: unknown } | { ok: false; error: string };

/** Browsers send a request that outlives its page only up to this body size (the keepalive quota is 64 KiB for all of them). */
const KEEPALIVE_MAX_BYTES = 60_000;

/**
 * The browser host's {@link HostApi}: each method is a POST to `api/<method>` relative to the app
 * URL (`http://127.0.0.1:<port>/s/<secret>/`), so every call carries the per-launch secret.
 * Errors reject with the host's message (meant for the user).
 */
export function createHttpHost(base: URL = new URL('./', window.location.href)): HostApi {
  // while the page goes away (a reload, a closed tab), a write must outlive it: it is sent with
  // keepalive (registered before the app's own pagehide listener, so it is set when the app writes)
  let leaving = false;
  window.addEventListener('pagehide', () => (leaving = true));
  window.addEventListener('pageshow', () => (leaving = false));
  const call = async (method: InvokableMethod, args: unknown[]): Promise<unknown> => {
    let res: Response;
    const body = JSON.stringify({ args });
    try {
      res = await fetch(new URL(`api/${method}`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        credentials: 'same-origin',
        cache: 'no-store',
        keepalive: leaving && new TextEncoder().encode(body).length <= KEEPALIVE_MAX_BYTES,
      });
    } catch {
      throw new Error('Cannot reach Resolution Drafter: is "npm run web" still running?');
    }
    let reply: Reply;
    try {
      reply = (await res.json()) as Reply;
    } catch {
      throw new Error(`The host answered ${res.status} ${res.statusText}: reload the address printed by "npm run web".`);
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
  const api: Partial<Record<keyof HostApi, unknown>> = {};
  for (const m of HOST_METHODS) api[m] = (...args: unknown[]) => call(m, args);
  // no menus or window in a browser tab: commands never arrive, closing a tab needs no answer
  api.onCommand = (_listener: (c: HostCommand) => void) => () => undefined;
  api.confirmClose = async () => undefined;
  api.openExternal = async (url: string) => {
    window.open(checkExternalUrl(url), '_blank', 'noopener,noreferrer');
  };
  return api as HostApi;
}
