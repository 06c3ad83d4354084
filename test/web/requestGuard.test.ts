import { describe, expect, it } from 'vitest';
import { guardRequest, sessionCookieName } from '../../main/web/requestGuard';

const PORT = 41234;
const SECRET = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo';
const cookie = `${sessionCookieName(PORT)}=${SECRET}`;
const ok = { host: `127.0.0.1:${PORT}`, cookie };
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWx';

describe('guardRequest', () => {
  it('lets through a request with the session cookie, our Host and our Origin', () => {
    expect(guardRequest({ url: '/app/api/listResolutions', headers: { ...ok, origin: `http://127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-origin' } }, PORT, SECRET)).toEqual({ ok: true, route: 'app', rest: 'api/listResolutions' });
    expect(guardRequest({ url: '/app/?x=1', headers: { ...ok, cookie: `other=1; ${cookie}` } }, PORT, SECRET)).toEqual({ ok: true, route: 'app', rest: '' });
  });

  it('passes the one-time sign-in address to the server (a browser opened from a file arrives cross-site), GET only', () => {
    expect(guardRequest({ method: 'GET', url: `/open/${TOKEN}`, headers: { host: ok.host, 'sec-fetch-site': 'cross-site' } }, PORT, SECRET)).toEqual({ ok: true, route: 'open', token: TOKEN });
    expect(guardRequest({ method: 'POST', url: `/open/${TOKEN}`, headers: { host: ok.host } }, PORT, SECRET).ok).toBe(false);
    expect(guardRequest({ method: 'GET', url: `/open/${TOKEN}`, headers: { host: `evil.example:${PORT}` } }, PORT, SECRET).ok).toBe(false);
  });

  it.each([
    ['no cookie', '/app/', { host: ok.host }],
    ['no cookie (api)', '/app/api/listResolutions', { host: ok.host }],
    ['wrong secret', '/app/', { ...ok, cookie: `${sessionCookieName(PORT)}=${SECRET.slice(0, -1)}x` }],
    ['secret prefix only', '/app/', { ...ok, cookie: `${sessionCookieName(PORT)}=${SECRET.slice(0, 10)}` }],
    ['the cookie of a host on another port', '/app/', { ...ok, cookie: `${sessionCookieName(PORT + 1)}=${SECRET}` }],
    ['the cookie twice (one forged)', '/app/', { ...ok, cookie: `${cookie}; ${sessionCookieName(PORT)}=forged` }],
    ['the secret in the path instead of the cookie', `/s/${SECRET}/`, { host: ok.host }],
    ['the secret in the query instead of the cookie', `/app/?s=${SECRET}`, { host: ok.host }],
    ['outside /app/', '/', ok],
    ['foreign Host (DNS rebinding)', '/app/', { ...ok, host: `evil.example:${PORT}` }],
    ['localhost Host', '/app/', { ...ok, host: `localhost:${PORT}` }],
    ['other port in Host', '/app/', { ...ok, host: `127.0.0.1:${PORT + 1}` }],
    ['no Host', '/app/', { cookie }],
    ['foreign Origin', '/app/api/listResolutions', { ...ok, origin: 'https://evil.example' }],
    ['null Origin', '/app/api/listResolutions', { ...ok, origin: 'null' }],
    ['Origin on another port', '/app/api/listResolutions', { ...ok, origin: `http://127.0.0.1:${PORT + 1}` }],
    ['cross-site fetch metadata', '/app/api/listResolutions', { ...ok, 'sec-fetch-site': 'cross-site' }],
    ['same-site fetch metadata', '/app/api/listResolutions', { ...ok, 'sec-fetch-site': 'same-site' }],
  ])('refuses %s', (_name, url, headers) => {
    const r = guardRequest({ url, headers }, PORT, SECRET);
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.status).toBe(403);
  });
});
