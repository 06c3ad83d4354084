import { protocol } from 'electron';
import { RENDERER_HEADERS } from '../host/contentSecurityPolicy';
import { readRendererFile } from '../host/rendererFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** Registers `app:` as a standard, secure scheme. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer under `app://resdraft/` with the strict CSP; nothing else resolves. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('not found', { status: 404 });
    const file = readRendererFile(rendererDir, url.pathname.replace(/^\//, ''));
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { status: 200, headers: { ...RENDERER_HEADERS, 'Content-Type': file.contentType } });
  });
}
