#!/usr/bin/env node
// Builds the bundles without an Electron binary:
//   out/cli/resdraft.mjs     the CLI (ESM), esbuild, see scripts/buildCli.mjs
//   out/main/main.mjs        Electron main process (ESM), esbuild, with the Word reader's thread beside it
//                            (out/main/wordWorker.mjs, from main/services/word/wordWorker.ts) and the
//                            chunks it loads when first used (out/main/chunk-*.mjs)
//   out/preload/preload.cjs  sandboxed preload (CommonJS: an ESM preload fails under sandbox: true), esbuild
//   out/renderer/            the React renderer, `vite build --config renderer/vite.config.ts`
// Usage: node scripts/build.mjs [cli|main|preload|renderer ...]   (default: all four)
import { build } from 'esbuild';
import { buildCli, buildErrorText } from './buildCli.mjs';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLES = ['cli', 'main', 'preload', 'renderer'];
const wanted = new Set(process.argv.slice(2).length ? process.argv.slice(2) : BUNDLES);
for (const w of wanted) {
  if (!BUNDLES.includes(w)) {
    console.error(`build: unknown bundle "${w}" (expected cli, main, preload or renderer)`);
    process.exit(2);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  external: ['electron'],
  legalComments: 'none',
};

async function step(name, fn) {
  const t = Date.now();
  await fn();
  console.log(`build: ${name} in ${Date.now() - t} ms`);
}

try {
  if (wanted.has('cli')) {
    await step('out/cli/resdraft.mjs', async () => {
      try {
        await buildCli();
      } catch (e) {
        throw new Error(buildErrorText(e), { cause: e });
      }
    });
  }
  if (wanted.has('main')) {
    await step('out/main/main.mjs', async () => {
      rmSync(join(root, 'out/main'), { recursive: true, force: true });
      await build({
        ...common,
        entryPoints: { main: 'main/electron/main.ts', wordWorker: 'main/services/word/wordWorker.ts' },
        outdir: 'out/main',
        outExtension: { '.js': '.mjs' },
        format: 'esm',
        // the Word reader, the .docx writer and the synopsis are chunks loaded when first used: the
        // desktop app starts without them (beside main.mjs, so their import.meta.url finds the worker)
        splitting: true,
        chunkNames: 'chunk-[hash]',
        // bundled CommonJS dependencies may call require(): give ESM one
        banner: { js: "import { createRequire as __resdraftRequire } from 'node:module'; const require = __resdraftRequire(import.meta.url);" },
      });
    });
  }
  if (wanted.has('preload')) {
    await step('out/preload/preload.cjs', async () => {
      rmSync(join(root, 'out/preload'), { recursive: true, force: true });
      await build({ ...common, platform: 'browser', entryPoints: ['main/preload/preload.ts'], outfile: 'out/preload/preload.cjs', format: 'cjs' });
    });
  }
  if (wanted.has('renderer')) {
    await step('out/renderer (vite)', async () => {
      const vite = join(root, 'node_modules/vite/bin/vite.js');
      const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
    });
  }
} catch (e) {
  console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
