import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CODRAFTING_SERVERS_ENV, coDraftingServers, contentSecurityPolicy, isCoDraftingUrl, withPagePolicy } from '../../main/host/contentSecurityPolicy';

describe('the co-drafting servers the page may reach', () => {
  it('are read from RESDRAFT_CODRAFTING_SERVERS as WebSocket addresses; anything else is left out', () => {
    const env = { [CODRAFTING_SERVERS_ENV]: 'ws://127.0.0.1:1234, https://collab.example.org/rooms/  ftp://x.org ws://user:pw@evil.org not-a-url wss://a.org:8443?x=1' };
    expect(coDraftingServers(env)).toEqual(['ws://127.0.0.1:1234', 'wss://collab.example.org/rooms']);
    expect(coDraftingServers({})).toEqual([]);
  });

  it('the policy adds only their WebSocket and HTTP origins to connect-src; without servers it is the strict one', () => {
    expect(contentSecurityPolicy([])).toBe(CONTENT_SECURITY_POLICY);
    const policy = contentSecurityPolicy(['ws://127.0.0.1:1234', 'wss://collab.example.org/rooms']);
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:1234 http://127.0.0.1:1234 wss://collab.example.org https://collab.example.org;");
    expect(policy.replace(/connect-src [^;]*/, '')).toBe(CONTENT_SECURITY_POLICY.replace(/connect-src [^;]*/, ''));
    expect(isCoDraftingUrl('ws://127.0.0.1:1234/', ['ws://127.0.0.1:1234'])).toBe(true);
    expect(isCoDraftingUrl('http://127.0.0.1:1234/rooms', ['ws://127.0.0.1:1234'])).toBe(true);
    expect(isCoDraftingUrl('http://127.0.0.1:1235/rooms', ['ws://127.0.0.1:1234'])).toBe(false);
    expect(isCoDraftingUrl('https://evil.org/', ['ws://127.0.0.1:1234'])).toBe(false);
  });

  it("the page's own <meta> policy names the same servers as the header", () => {
    const before = process.env[CODRAFTING_SERVERS_ENV];
    process.env[CODRAFTING_SERVERS_ENV] = 'ws://127.0.0.1:1234';
    try {
      const html = Buffer.from(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'">`);
      const page = withPagePolicy({ body: html, contentType: 'text/html; charset=utf-8' });
      expect(page.body.toString()).toContain("connect-src 'self' ws://127.0.0.1:1234 http://127.0.0.1:1234;");
      const script = { body: Buffer.from("connect-src 'self'"), contentType: 'text/javascript; charset=utf-8' };
      expect(withPagePolicy(script)).toBe(script);
    } finally {
      if (before === undefined) delete process.env[CODRAFTING_SERVERS_ENV];
      else process.env[CODRAFTING_SERVERS_ENV] = before;
    }
  });
});
