import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'resdraft-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Electronegativity gate', () => {
  it('fails on an insecure window and on a file it cannot parse', () => {
    mkdirSync(join(dir, 'main/electron'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', devDependencies: { electron: '45.5.0' } }));
    writeFileSync(
      join(dir, 'main/electron/insecure.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    writeFileSync(join(dir, 'main/electron/broken.ts'), 'export const = = ;\n');
    const r = spawnSync(process.execPath, ['scripts/electronegativity.mjs'], { cwd: ROOT, env: { ...process.env, RESDRAFT_SCAN_ROOT: dir }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/BLOCKING: CONTEXT_ISOLATION_JS_CHECK HIGH\/FIRM main\/electron\/insecure\.ts/);
    expect(r.stderr).toMatch(/BLOCKING: SANDBOX_JS_CHECK MEDIUM\/FIRM main\/electron\/insecure\.ts/);
    // the global checks our real sources satisfy (navigation limits, permission handler, CSP) do fire here
    expect(r.stderr).toMatch(/BLOCKING: LIMIT_NAVIGATION_GLOBAL_CHECK HIGH\/CERTAIN/);
    expect(r.stderr).toMatch(/BLOCKING: PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK MEDIUM\/CERTAIN/);
    expect(r.stderr).toMatch(/UNPARSABLE: .*broken\.ts/);
    expect(r.stderr).toMatch(/electronegativity gate FAILED/);
  }, 60_000);
});
