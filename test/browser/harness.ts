/**
 * Shared harness for browser tests: the real browser host (`npm run web`) in a child process,
 * on a free loopback port with a temporary data folder, and Debian's Chromium driven by
 * playwright-core.
 *
 *   const s = await startBrowserSession();   // page already at the app URL
 *   await s.page.getByText('Resolution 34').click();
 *   ...
 *   await s.close();                         // closes Chromium, stops the host, deletes the data folder
 *
 * Needs the built renderer (`npm run build` writes out/renderer; `npm test` builds first).
 * `startWebHost()` alone gives the host without a browser (for HTTP-level tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { signIn } from '../web/rawRequest';

/** Repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Chromium flags that keep Debian's Chromium quiet and offline in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A running browser host. */
export interface WebHost {
  /** The app URL, e.g. `http://127.0.0.1:41234/app/` (it needs the session {@link cookie}). */
  url: string;
  /**
   * The host's session cookie `resdraft-<port>=<secret>`, got by using the one-time sign-in
   * address the host printed (as a browser would); `null` with `signIn: false`.
   */
  cookie: string | null;
  /** The one-time sign-in address the host printed (already used unless `signIn: false`). */
  signInUrl: string;
  /** Origin only (`http://127.0.0.1:41234`), for building requests without the secret. */
  origin: string;
  /** The data folder the host saves contributions and its journal in. */
  dataDir: string;
  /** Everything the host printed so far (stdout + stderr). */
  output(): string;
  /** Stops the host (SIGTERM, then SIGKILL after 3 s); deletes the data folder unless it was given. */
  close(): Promise<void>;
  /** Kills the host process at once with `signal` (crash tests); the data folder stays. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Options for {@link startWebHost} / {@link startBrowserSession}. */
export interface HostOptions {
  /** Reuse a data folder (e.g. to restart the host on the same data). Not deleted on close. */
  dataDir?: string;
  /** Extra environment for the host process. */
  env?: Record<string, string>;
  /** `false`: leave the printed one-time address unused (to test signing in through it). */
  signIn?: boolean;
}

/** Gives a browser context the host's session cookie, as signing in through the one-time address does. */
export async function authorize(context: BrowserContext, host: WebHost): Promise<void> {
  if (!host.cookie) throw new Error('this host was started with signIn: false');
  const [name, value] = host.cookie.split('=');
  await context.addCookies([{ name, value, url: host.origin, httpOnly: true, sameSite: 'Strict' }]);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((res) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      res();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `main/web/webMain.ts --no-open --port 0` and waits for the URL it prints. */
export async function startWebHost(options: HostOptions = {}): Promise<WebHost> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'resdraft-web-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/web/webMain.ts', '--no-open', '--port', '0'], {
    cwd: REPO_ROOT,
    env: { ...process.env, RESDRAFT_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`browser host did not print its URL within 20 s:\n${out}`)), 20_000);
    const check = () => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/open\/[A-Za-z0-9_-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[0]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`browser host exited with ${code} before printing its URL:\n${out}`));
    });
  });
  const origin = new URL(url).origin;
  let cookie: string | null = null;
  if (options.signIn !== false) {
    try {
      cookie = await signIn(url);
    } catch (e) {
      await stopChild(child);
      throw e;
    }
  }
  return {
    url: `${origin}/app/`,
    cookie,
    signInUrl: url,
    origin,
    dataDir,
    output: () => out,
    close: async () => {
      await stopChild(child);
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
}

/** A browser test session: host + Chromium + one page at the app URL. */
export interface BrowserSession {
  page: Page;
  url: string;
  host: WebHost;
  browser: Browser;
  context: BrowserContext;
  /** Closes the page, Chromium and the host (and the host's temp data folder). */
  close(): Promise<void>;
}

/** Starts the host and Chromium and opens the app; `page` has loaded the app URL. */
export async function startBrowserSession(options: HostOptions = {}): Promise<BrowserSession> {
  if (!existsSync(join(REPO_ROOT, 'out/renderer/index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` before the browser tests');
  }
  const host = await startWebHost(options);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    await authorize(context, host);
    const page = await context.newPage();
    await page.goto(host.url);
    const b = browser;
    return {
      page,
      url: host.url,
      host,
      browser: b,
      context,
      close: async () => {
        await b.close().catch(() => undefined);
        await host.close();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await host.close();
    throw e;
  }
}
