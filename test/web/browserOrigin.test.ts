import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, startBrowserSession, startWebHost, type BrowserSession } from '../browser/harness';
import { chromium } from 'playwright-core';

let s: BrowserSession;
let evil: Server;
let evilOrigin: string;

beforeAll(async () => {
  s = await startBrowserSession();
  // another site on the same machine (another port = another origin)
  evil = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>other site</title>');
  });
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', () => r()));
  evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await s?.close();
  await new Promise((r) => evil?.close(r));
});

describe('browser host in Chromium', () => {
  it('the app page reaches the API through the HTTP host, and the page has no CSP violations', async () => {
    const violations: string[] = [];
    s.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await s.page.reload();
    await s.page.waitForLoadState('networkidle');
    const count = await s.page.evaluate(async () => {
      const r = await fetch(new URL('api/listResolutions', location.href), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' });
      return ((await r.json()) as { value: unknown[] }).value.length;
    });
    expect(count).toBe(14);
    expect(violations).toEqual([]);
  });

  it('a page from another origin, whose browser holds the session cookie, is still refused', async () => {
    const page = await s.context.newPage();
    await page.goto(evilOrigin);
    const result = await page.evaluate(async (url) => {
      try {
        const r = await fetch(url + 'api/listResolutions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' });
        return `status ${r.status}`;
      } catch (e) {
        return `blocked: ${(e as Error).message}`;
      }
    }, s.url);
    // the browser blocks the read (no CORS headers) and the host refuses the request itself
    expect(result).toMatch(/^blocked/);
    await expect.poll(() => s.host.output()).toMatch(/refused (POST|OPTIONS) \/app\/api\/listResolutions: (foreign Origin|cross-site)/);
    await page.close();
  });

  it('Chromium signs in through the one-time address: the app opens, the cookie is HttpOnly, and the address then fails', async () => {
    const host = await startWebHost({ signIn: false });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(host.signInUrl);
      await page.waitForURL(`${host.origin}/app/`);
      await page.locator('[data-number="5"]').waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => document.cookie)).toBe('');
      const second = await (await browser.newContext()).newPage();
      const r = await second.goto(host.signInUrl);
      expect(r?.status()).toBe(403);
      expect(await second.textContent('body')).toMatch(/works once/);
    } finally {
      await browser.close();
      await host.close();
    }
  }, 60_000);
});
