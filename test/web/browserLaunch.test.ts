import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/harness';
import { rawRequest } from './rawRequest';

const work = mkdtempSync(join(tmpdir(), 'resdraft-launch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run web opens the browser without the secret on any command line', () => {
  it('the browser is given a private (0600) page, whose one-time address signs in once; no argument holds a token or the secret', async () => {
    // a stand-in for xdg-open / open that records the command line it was started with
    const bin = join(work, 'bin');
    const record = join(work, 'argv.txt');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bin);
    for (const name of ['xdg-open', 'open']) {
      writeFileSync(join(bin, name), `#!/bin/sh\nprintf '%s\\n' "$0" "$@" > '${record}'\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const dataDir = join(work, 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/web/webMain.ts', '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, RESDRAFT_DATA_DIR: dataDir, PATH: `${bin}:${process.env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await expect.poll(() => existsSync(record) && readFileSync(record, 'utf8').includes('\n'), { timeout: 30_000 }).toBe(true);
      const argv = readFileSync(record, 'utf8').trim().split('\n').slice(1);
      expect(argv).toHaveLength(1);
      expect(argv[0]).toMatch(/^file:\/\//);
      expect(argv[0]).not.toMatch(/open\/|127\.0\.0\.1/);
      const page = fileURLToPath(argv[0]);
      expect(statSync(page).mode & 0o777).toBe(0o600);
      const target = /url=(http:\/\/127\.0\.0\.1:\d+\/open\/[A-Za-z0-9_-]+)"/.exec(readFileSync(page, 'utf8'))![1];
      // the printed address (for the user alone) is another one-time token
      expect(out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/open\/[A-Za-z0-9_-]+/);
      expect(out).not.toContain(target);
      const u = new URL(target);
      const first = await rawRequest({ port: Number(u.port), path: u.pathname, headers: { Cookie: '' } });
      expect(first.status).toBe(200);
      const secret = String(first.headers['set-cookie']).split(';')[0].split('=')[1];
      expect(argv[0]).not.toContain(secret);
      expect(out).not.toContain(secret);
      expect((await rawRequest({ port: Number(u.port), path: u.pathname, headers: { Cookie: '' } })).status).toBe(403);
      // used: the private page is gone
      await expect.poll(() => existsSync(page)).toBe(false);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
