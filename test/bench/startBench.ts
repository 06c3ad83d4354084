/**
 * `npm run bench:start` — how fast the app's first screen paints (issue 21 point 4): in Debian's
 * Chromium, the app's first contentful paint through the real browser host (the window's frame in
 * index.html, painted before the code runs), against a minimal page (one paragraph of text) served
 * over loopback HTTP in the same run, each loaded 15 times, alternately, in a fresh browser context
 * (nothing cached). Also when the app's code has drawn its own first screen (React's first render
 * painted). Target: the app's first contentful paint ≤ 2 × the minimal page's. Prints medians and
 * the machine's load average; with `--json` the last line is
 * `{"start":{"appFcpMs":…,"appDrawnMs":…,"minimalFcpMs":…,"ratio":…,"drawnRatio":…,"loadAverage":…}}`.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { authorize, CHROMIUM_ARGS, REPO_ROOT, startWebHost } from '../browser/harness';

const RUNS = 15;
const json = process.argv.includes('--json');

const build = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: REPO_ROOT, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const MINIMAL = '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Minimal page</title></head><body><p>Resolution Drafter</p></body></html>';
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(MINIMAL);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const minimalUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const host = await startWebHost();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  /** First contentful paint of one load of `url` in a fresh context, in ms from navigation start (and, for the app, when its code drew its first screen). */
  const drawn: number[] = [];
  const fcp = async (url: string, app: boolean): Promise<number> => {
    const context = await browser.newContext();
    if (app) await authorize(context, host);
    const page = await context.newPage();
    if (app) {
      // the frame after the app's own first render (its root is not the frame of index.html)
      await page.addInitScript(() => {
        (window as unknown as { __drawn: Promise<number> }).__drawn = new Promise((resolve) => {
          const seen = new MutationObserver(() => {
            if (!document.querySelector('.app:not(.app-shell)')) return;
            seen.disconnect();
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now());
              ch.port2.postMessage(null);
            });
          });
          seen.observe(document, { subtree: true, childList: true });
        });
      });
    }
    await page.goto(url);
    if (app) drawn.push(await page.evaluate(() => (window as unknown as { __drawn: Promise<number> }).__drawn));
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const seen = performance.getEntriesByName('first-contentful-paint')[0];
          if (seen) return resolve(seen.startTime);
          new PerformanceObserver((list) => {
            const e = list.getEntriesByName('first-contentful-paint')[0];
            if (e) resolve(e.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    await context.close();
    return ms;
  };
  // one of each first: the browser's own start-up is not the page's
  await fcp(minimalUrl, false);
  await fcp(host.url, true);
  const app: number[] = [];
  const minimal: number[] = [];
  drawn.length = 0;
  for (let i = 0; i < RUNS; i++) {
    minimal.push(await fcp(minimalUrl, false));
    app.push(await fcp(host.url, true));
  }
  const figures = {
    appFcpMs: +median(app).toFixed(1),
    appDrawnMs: +median(drawn).toFixed(1),
    minimalFcpMs: +median(minimal).toFixed(1),
    ratio: +(median(app) / median(minimal)).toFixed(2),
    drawnRatio: +(median(drawn) / median(minimal)).toFixed(2),
    loadAverage: +loadavg()[0].toFixed(2),
  };
  if (!json || process.argv.includes('--verbose')) {
    console.log(`First contentful paint, ${RUNS} loads each in a fresh context (median), Chromium headless, ${cpus().length} cores, load average ${figures.loadAverage}:`);
    console.log(`  the app (browser host)   ${figures.appFcpMs} ms   (its code's own first screen drawn: ${figures.appDrawnMs} ms, ${figures.drawnRatio} ×)`);
    console.log(`  a minimal page           ${figures.minimalFcpMs} ms`);
    console.log(`  ratio ${figures.ratio} × (target ≤ 2 ×): ${figures.ratio <= 2 ? 'met' : 'NOT met'}`);
  }
  if (json) console.log(JSON.stringify({ start: figures }));
} finally {
  await browser.close();
  await host.close();
  server.close();
}
