import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { authorize, CHROMIUM_ARGS, startWebHost, type WebHost } from '../browser/harness';
import { apiCall } from './rawRequest';
import { sampleContribution } from '../services/sampleContribution';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
});

async function call(host: WebHost, method: string, args: unknown[]): Promise<{ docId: string } & Record<string, unknown>> {
  const u = new URL(host.url);
  const r = await apiCall(Number(u.port), u.pathname, method, args);
  const body = JSON.parse(r.body) as { ok: boolean; value: never; error?: string };
  if (!body.ok) throw new Error(body.error);
  return body.value;
}

describe('a killed browser host', () => {
  it('reopens the autosaved edits in the page and tells the user so', async () => {
    const first = await startWebHost();
    const dataDir = first.dataDir;
    cleanup.push(() => first.close());
    const doc = await call(first, 'newContribution', []);
    const c = sampleContribution();
    c.settings.source = 'Recovered Delegation';
    await call(first, 'updateContribution', [doc.docId, { settings: c.settings, proposals: c.proposals }]);
    await first.kill('SIGKILL');

    const second = await startWebHost({ dataDir });
    cleanup.push(() => second.close());
    const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    cleanup.push(() => browser.close());
    const context = await browser.newContext();
    await authorize(context, second);
    const page = await context.newPage();
    await page.goto(second.url);
    const notice = page.getByTestId('recovered');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toMatch(/Unsaved edits were recovered .*last 2 seconds/);
    // and the recovered content is what the page now edits
    const now = await call(second, 'restoreSession', []);
    expect((now.contribution as { settings: { source: string } }).settings.source).toBe('Recovered Delegation');
    expect(now.recovered).toBeNull(); // said once
  }, 60_000);
});
