import { describe, expect, it } from 'vitest';
import { guardRequest } from '../../main/web/requestGuard';

const PORT = 41234;
const SECRET = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo';
const ok = { host: `127.0.0.1:${PORT}` };

describe('guardRequest', () => {
  it('lets through a request with the secret, our Host and our Origin', () => {
    expect(guardRequest({ url: `/s/${SECRET}/api/listResolutions`, headers: { ...ok, origin: `http://127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-origin' } }, PORT, SECRET)).toEqual({ ok: true, rest: 'api/listResolutions' });
    expect(guardRequest({ url: `/s/${SECRET}/?x=1`, headers: ok }, PORT, SECRET)).toEqual({ ok: true, rest: '' });
  });

  it.each([
    ['no secret', '/', ok],
    ['no secret (api)', '/api/listResolutions', ok],
    ['wrong secret', `/s/${SECRET.slice(0, -1)}x/`, ok],
    ['secret prefix only', `/s/${SECRET.slice(0, 10)}/`, ok],
    ['secret in the query instead of the path', `/?s=${SECRET}`, ok],
    ['foreign Host (DNS rebinding)', `/s/${SECRET}/`, { host: `evil.example:${PORT}` }],
    ['localhost Host', `/s/${SECRET}/`, { host: `localhost:${PORT}` }],
    ['other port in Host', `/s/${SECRET}/`, { host: `127.0.0.1:${PORT + 1}` }],
    ['no Host', `/s/${SECRET}/`, {}],
    ['foreign Origin', `/s/${SECRET}/api/listResolutions`, { ...ok, origin: 'https://evil.example' }],
    ['null Origin', `/s/${SECRET}/api/listResolutions`, { ...ok, origin: 'null' }],
    ['Origin on another port', `/s/${SECRET}/api/listResolutions`, { ...ok, origin: `http://127.0.0.1:${PORT + 1}` }],
    ['cross-site fetch metadata', `/s/${SECRET}/api/listResolutions`, { ...ok, 'sec-fetch-site': 'cross-site' }],
    ['same-site fetch metadata', `/s/${SECRET}/api/listResolutions`, { ...ok, 'sec-fetch-site': 'same-site' }],
  ])('refuses %s', (_name, url, headers) => {
    const r = guardRequest({ url, headers }, PORT, SECRET);
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.status).toBe(403);
  });
});
