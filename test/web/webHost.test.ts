import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, startWebHost } from '../browser/harness';
import { useWebHost } from './webHostSession';
import { apiCall, rawRequest, sessionCookie } from './rawRequest';
import { sampleContribution } from '../services/sampleContribution';

const web = useWebHost();

const content = () => {
  const c = sampleContribution();
  return { settings: c.settings, proposals: c.proposals };
};

describe('npm run web: the browser host', () => {
  it('prints a one-time loopback sign-in address; the secret is in no URL', () => {
    expect(web.host.signInUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\/[A-Za-z0-9_-]{30,}$/);
    const secret = sessionCookie(web.port)!.split('=')[1];
    expect(secret.length).toBeGreaterThanOrEqual(40);
    expect(web.host.output()).not.toContain(secret);
    expect(web.host.output()).toContain('Drafts folder: ' + web.host.dataDir);
  });

  it('the sign-in address works once: it sets an HttpOnly, SameSite=Strict cookie, then is refused', async () => {
    const again = await rawRequest({ port: web.port, path: new URL(web.host.signInUrl).pathname, headers: { Cookie: '' } });
    expect(again.status).toBe(403);
    expect(again.body).toMatch(/works once and was already used/);
    expect(again.headers['set-cookie']).toBeUndefined();
    const fresh = await startWebHost({ signIn: false });
    try {
      const u = new URL(fresh.signInUrl);
      const first = await rawRequest({ port: Number(u.port), path: u.pathname, headers: { Cookie: '' } });
      expect(first.status).toBe(200);
      expect(String(first.headers['set-cookie'])).toMatch(/^resdraft-\d+=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=\/$/);
      expect(first.body).toMatch(/http-equiv="refresh" content="0;url=\/app\/"/);
      expect((await rawRequest({ port: Number(u.port), path: u.pathname, headers: { Cookie: '' } })).status).toBe(403);
    } finally {
      await fresh.close();
    }
  });

  it('refuses requests without the session cookie, with a wrong one, or outside /app/', async () => {
    for (const path of ['/', '/index.html', '/api/listResolutions', '/app/', '/app/index.html', '/s/', '/s/wrong/']) {
      const r = await rawRequest({ port: web.port, path, headers: { Cookie: '' } });
      expect(r.status, path).toBe(403);
      expect(r.body).toMatch(/^Refused: missing or wrong secret/);
    }
    const api = await apiCall(web.port, web.prefix, 'listResolutions', [], { Cookie: `resdraft-${web.port}=not-the-secret` });
    expect(api.status).toBe(403);
    expect(api.body).not.toContain('"number"');
    expect(api.body).toMatch(/^Refused: missing or wrong secret/);
  });

  it('refuses a foreign Origin and a foreign Host even with the secret', async () => {
    const foreign = await apiCall(web.port, web.prefix, 'listResolutions', [], { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatch(/foreign Origin "https:\/\/evil\.example"/);
    const rebinding = await rawRequest({ port: web.port, path: web.prefix, headers: { Host: `evil.example:${web.port}` } });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).toMatch(/foreign Host/);
    const crossSite = await apiCall(web.port, web.prefix, 'listResolutions', [], { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('serves the built renderer with the strict CSP and no path escapes', async () => {
    expect(existsSync(join(REPO_ROOT, 'out/renderer/index.html')), 'run npm run build first').toBe(true);
    const index = await rawRequest({ port: web.port, path: web.prefix });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'; style-src 'self'/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    for (const path of [`${web.prefix}../../package.json`, `${web.prefix}..%2f..%2fpackage.json`, `${web.prefix}%2e%2e/%2e%2e/package.json`, `${web.prefix}..\\..\\package.json`]) {
      const r = await rawRequest({ port: web.port, path });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('resolution-drafter');
    }
  });

  it('answers API calls with the secret, validates arguments, and refuses other verbs', async () => {
    const list = await apiCall(web.port, web.prefix, 'listResolutions', []);
    expect(list.status).toBe(200);
    expect((JSON.parse(list.body).value as { number: string }[]).map((r) => r.number)).toHaveLength(14);
    const bad = await apiCall(web.port, web.prefix, 'getBaselineText', [34]);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/^Invalid arguments for getBaselineText/);
    expect((await apiCall(web.port, web.prefix, 'deleteEverything', [])).status).toBe(404);
    expect((await rawRequest({ port: web.port, path: `${web.prefix}api/listResolutions` })).status).toBe(405);
    const text = await rawRequest({ port: web.port, path: `${web.prefix}api/listResolutions`, method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"args":[]}' });
    expect(text.status).toBe(415);
  });

  it('an edit survives a reload, and a killed host reopens it with the recovery notice', async () => {
    const created = JSON.parse((await apiCall(web.port, web.prefix, 'newContribution', [])).body).value;
    const c = content();
    c.proposals[0].reasons = 'edited in the browser';
    expect(JSON.parse((await apiCall(web.port, web.prefix, 'updateContribution', [created.docId, c])).body).value.dirty).toBe(true);
    // a page reload asks the same host again
    const reload = JSON.parse((await apiCall(web.port, web.prefix, 'restoreSession', [])).body).value;
    expect(reload.contribution.proposals[0].reasons).toBe('edited in the browser');
    expect(reload.recovered).toBeNull();

    await web.host.kill('SIGKILL');
    const again = await startWebHost({ dataDir: web.host.dataDir });
    try {
      const u = new URL(again.url);
      const oldCookie = sessionCookie(web.port)!;
      expect(sessionCookie(Number(u.port))).not.toBe(oldCookie.replace(/^resdraft-\d+/, `resdraft-${u.port}`)); // a new secret per launch
      const restored = JSON.parse((await apiCall(Number(u.port), u.pathname, 'restoreSession', [])).body).value;
      expect(restored.contribution.proposals[0].reasons).toBe('edited in the browser');
      expect(restored.dirty).toBe(true);
      expect(restored.recovered.message).toMatch(/Unsaved edits were recovered .*last 2 seconds/);
      // the old secret is worthless against the new host
      expect((await apiCall(Number(u.port), web.prefix, 'listResolutions', [], { Cookie: oldCookie.replace(/^resdraft-\d+/, `resdraft-${u.port}`) })).status).toBe(403);
      const saved = JSON.parse((await apiCall(Number(u.port), u.pathname, 'saveContributionAs', [restored.docId, { path: 'kept' }])).body);
      expect(saved.value).toMatchObject({ name: 'kept.resdraft', dirty: false });
      expect(readdirSync(web.host.dataDir).filter((n) => n.endsWith('.resdraft'))).toEqual(['kept.resdraft']);
    } finally {
      await again.close();
      // restart the first host for any later test in this file
      web.host = await startWebHost();
      const n = new URL(web.host.url);
      web.port = Number(n.port);
      web.prefix = n.pathname;
    }
  });
});
