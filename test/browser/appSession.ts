/**
 * One app session per browser test file: the browser host and Chromium are started before the
 * file's tests (page at the app, sidebar loaded) and closed after them. Uncaught page errors are
 * collected in `pageErrors`, Content-Security-Policy refusals in `cspRefusals` (pasting styled
 * HTML makes the strict CSP refuse its inline styles; tests that paste check `pageErrors` only).
 */
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startBrowserSession, type BrowserSession, type WebHost } from './harness';

/** The session of the current test file (available inside tests, not at import time). */
export interface AppSession {
  readonly page: Page;
  readonly host: WebHost;
  readonly pageErrors: string[];
  readonly cspRefusals: string[];
}

/** Registers the file's `beforeAll`/`afterAll` and returns the session. */
export function useAppSession(): AppSession {
  let session: BrowserSession | undefined;
  const pageErrors: string[] = [];
  const cspRefusals: string[] = [];
  beforeAll(async () => {
    session = await startBrowserSession();
    session.page.on('pageerror', (e) => pageErrors.push(e.message));
    session.page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused/.test(m.text())) cspRefusals.push(m.text());
    });
    await session.page.locator('[data-number="5"]').waitFor();
  });
  afterEach(async (ctx) => {
    // a failed test leaves a picture of the page in test/.tmp
    if (ctx.task.result?.state !== 'fail' || !session) return;
    mkdirSync('test/.tmp', { recursive: true });
    await session.page.screenshot({ path: `test/.tmp/failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}.png` }).catch(() => undefined);
  });
  afterAll(async () => {
    await session?.close();
  });
  const started = (): BrowserSession => {
    if (!session) throw new Error('the app session starts in beforeAll: use it inside tests');
    return session;
  };
  return {
    get page() {
      return started().page;
    },
    get host() {
      return started().host;
    },
    pageErrors,
    cspRefusals,
  };
}
