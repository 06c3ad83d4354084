#!/usr/bin/env node
// Retakes the README's screenshots (docs/screenshots/*.png) from the app as it is: builds the
// renderer, then runs test/browser/screenshots.test.ts with RESDRAFT_UPDATE_SCREENSHOTS=1, which
// writes them there. `npm test` never writes them: it takes the same screenshots into a temporary
// folder and compares them with these.
// Usage: npm run screenshots
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args, env = {}) => {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, [join(root, 'scripts/build.mjs'), 'renderer']);
run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/browser/screenshots.test.ts'], { RESDRAFT_UPDATE_SCREENSHOTS: '1' });
