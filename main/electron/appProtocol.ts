import { protocol } from 'electron';
import { rendererHeaders, withPagePolicy } from '../host/contentSecurityPolicy';
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
    const read = readRendererFile(rendererDir, url.pathname.replace(/^\//, ''));
    if (!read) return new Response('not found', { status: 404 });
    const file = withPagePolicy(read);
    return new Response(new Uint8Array(file.body), { status: 200, headers: { ...rendererHeaders(), 'Content-Type': file.contentType } });
  });
}
