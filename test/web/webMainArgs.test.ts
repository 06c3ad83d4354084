import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/harness';

function web(args: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'resdraft-webargs-'));
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', 'main/web/webMain.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, RESDRAFT_DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 20_000,
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('npm run web options', () => {
  it('--help prints the usage and exits 0', () => {
    const r = web(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run web -- \[--no-open\] \[--port N\]/);
    expect(r.stdout).toMatch(/127\.0\.0\.1 only/);
  });

  it('an unknown option or a bad port is a one-line error with exit code 2', () => {
    const bad = web(['--open-to-world']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/^resdraft web: Unknown option '--open-to-world'/);
    const port = web(['--no-open', '--port', 'eighty']);
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/^resdraft web: --port must be a whole number from 0 to 65535 \(got "eighty"\)/);
  });

  it('refuses a data folder inside the app', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/web/webMain.ts', '--no-open'], {
      cwd: REPO_ROOT,
      env: { ...process.env, RESDRAFT_DATA_DIR: join(REPO_ROOT, 'resources', 'drafts') },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Refusing to keep data in .*inside the application folder/);
  });
});
