import type { HostApi } from '../../shared/host/hostApi';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge) or by a test harness. */
    resdraftHost?: HostApi;
  }
}

type HttpHostModule = { createHttpHost?: () => HostApi; httpHost?: HostApi; default?: HostApi | (() => HostApi) };

/**
 * The host the renderer talks to: the one the Electron preload exposes, else the browser host
 * over HTTP. The renderer reaches data only through this {@link HostApi}.
 */
export async function connectHost(): Promise<HostApi> {
  if (window.resdraftHost) return window.resdraftHost;
  // the HTTP implementation is optional at build time (glob import: empty when absent)
  const modules = import.meta.glob<HttpHostModule>('./httpHost.ts');
  const load = modules['./httpHost.ts'];
  if (!load) throw new Error('no host: window.resdraftHost is not set and the HTTP host is not built in');
  const mod = await load();
  if (mod.createHttpHost) return mod.createHttpHost();
  if (mod.httpHost) return mod.httpHost;
  if (typeof mod.default === 'function') return mod.default();
  if (mod.default) return mod.default;
  throw new Error('renderer/host/httpHost.ts exports no host (expected createHttpHost())');
}
