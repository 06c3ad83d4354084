import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { BIN, ROOT } from '../support/runCli';

/** A `resdraft serve` process started by a test. */
export interface ServeProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed on standard output and error so far. */
  output(): string;
  /** SIGKILL, and wait until it is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (a clean stop), and wait until it is gone; resolves to its exit code. */
  stop(): Promise<number | null>;
}

const live = new Set<ChildProcess>();

/** Every process the tests of this file started and did not stop (for afterAll). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  })));
  live.clear();
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/**
 * Start `resdraft serve` through the package's bin (the built CLI, as a user runs it) and wait for
 * its "listening on ws://…" line. `port` 0 lets it choose.
 */
export function startServe(o: { data: string; port?: number; redis?: string; env?: NodeJS.ProcessEnv; host?: string }): Promise<ServeProcess> {
  const args = [BIN, 'serve', '--port', String(o.port ?? 0), '--data', o.data, ...(o.redis ? ['--redis', o.redis] : []), ...(o.host ? ['--host', o.host] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise<ServeProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`resdraft serve did not start within 30 s:\n${out}`));
    }, 30_000);
    const onData = (): void => {
      const m = /^listening on (ws:\/\/\S+)$/m.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      const url = m[1];
      resolve({
        url,
        port: Number(url.slice(url.lastIndexOf(':') + 1)),
        child,
        output: () => out,
        kill9: async () => {
          child.kill('SIGKILL');
          await waitForExit(child);
        },
        stop: async () => {
          child.kill('SIGTERM');
          await waitForExit(child);
          return child.exitCode;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`resdraft serve exited (${code}) before listening:\n${out}`));
    });
  });
}

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it right away). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** The Debian package's redis-server (installed by .ci/run). */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A private redis-server for one test file: no persistence, on 127.0.0.1 and a free port. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.setEncoding('utf8');
      socket.once('data', (d: string) => {
        socket.destroy();
        resolve(d.startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await waitForExit(child);
    },
  };
}

/** Wait until `check` holds (polled every 20 ms), or fail after `ms` naming `what`. */
export async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export { ROOT };
