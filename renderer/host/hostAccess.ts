import type { HostApi } from '../../shared/host/hostApi';
import { createHttpHost } from './httpHost';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge) or by a test harness. */
    resdraftHost?: HostApi;
  }
}

/**
 * The host the renderer talks to: the one the Electron preload exposes, else the browser host
 * over HTTP. The renderer reaches data only through this {@link HostApi}.
 */
export function connectHost(): HostApi {
  return window.resdraftHost ?? createHttpHost();
}
