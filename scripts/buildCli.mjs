#!/usr/bin/env node
// Builds the CLI: main/cli/resdraft.ts → out/cli/resdraft.mjs (one ESM file, esbuild), the Word
// reader's thread main/services/word/wordWorker.ts → out/cli/wordWorker.mjs beside it, the
// co-drafting code main/collab/collabModule.ts → out/cli/collab.mjs (loaded only by `serve` and
// `room`, so Hocuspocus and Yjs never slow the start of the other commands), and
// out/cli/inputs.json (what they were built from, see scripts/cliBundle.mjs). Each is written to a
// temporary file and renamed, so a launcher running at the same time sees the old set or the new one.
// Usage: node scripts/buildCli.mjs [--if-possible]   (--if-possible: warn instead of failing; for `prepare`)
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_URL, COLLAB_URL, INPUTS_URL, ROOT_URL, WORKER_URL, builderHash, hashBytes, statStamp } from './cliBundle.mjs';

const ROOT = fileURLToPath(ROOT_URL);
const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

function toRel(path) {
  return relative(ROOT, path).split(sep).join('/');
}

/** Records every file esbuild reads: sources by the hash of the very bytes bundled, packages by stat. */
function recordInputs(sources, packages) {
  return {
    name: 'record-inputs',
    setup(b) {
      b.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const rel = toRel(args.path);
        if (/(^|\/)node_modules\//.test(rel)) {
          packages[rel] = statStamp(args.path);
          return undefined;
        }
        const loader = LOADERS[extname(args.path)];
        if (!loader) throw new Error(`the CLI cannot bundle ${rel} (unknown file type)`);
        const bytes = readFileSync(args.path);
        sources[rel] = hashBytes(bytes);
        return { contents: bytes, loader };
      });
    },
  };
}

function writeAtomic(url, data) {
  const target = fileURLToPath(url);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, data);
  try {
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Build out/cli/resdraft.mjs and its inputs record. Throws with esbuild's messages on failure. */
export async function buildCli() {
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch (e) {
    throw new Error(`esbuild (a devDependency) is not installed: run "npm install" in ${ROOT}`, { cause: e });
  }
  const sources = {};
  const packages = {};
  const builder = builderHash();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { resdraft: 'main/cli/resdraft.ts', wordWorker: 'main/services/word/wordWorker.ts', collab: 'main/collab/collabModule.ts' },
    outdir: fileURLToPath(new URL('.', BUNDLE_URL)),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    // bundled CommonJS dependencies may call require(): give ESM one
    banner: { js: "import { createRequire as __resdraftRequire } from 'node:module'; const require = __resdraftRequire(import.meta.url);" },
    plugins: [recordInputs(sources, packages)],
  });
  const output = (url) => result.outputFiles.find((f) => f.path === fileURLToPath(url));
  mkdirSync(new URL('.', BUNDLE_URL), { recursive: true });
  writeAtomic(WORKER_URL, output(WORKER_URL).contents);
  writeAtomic(COLLAB_URL, output(COLLAB_URL).contents);
  writeAtomic(BUNDLE_URL, output(BUNDLE_URL).contents);
  const inputs = { builder, bundle: statStamp(fileURLToPath(BUNDLE_URL)), worker: statStamp(fileURLToPath(WORKER_URL)), collab: statStamp(fileURLToPath(COLLAB_URL)), sources, packages };
  writeAtomic(INPUTS_URL, `${JSON.stringify(inputs, null, 1)}\n`);
}

/** esbuild's error messages, one a line, with file and line. */
export function buildErrorText(e) {
  if (e && Array.isArray(e.errors) && e.errors.length) {
    return e.errors.map((m) => (m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ${m.text}` : m.text)).join('\n');
  }
  return e instanceof Error ? e.message : String(e);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lenient = process.argv.includes('--if-possible');
  const t = Date.now();
  try {
    await buildCli();
    console.log(`build: out/cli/resdraft.mjs in ${Date.now() - t} ms`);
  } catch (e) {
    console.error(`${lenient ? 'warning: ' : ''}building the CLI failed:\n${buildErrorText(e)}`);
    if (!lenient) process.exit(1);
  }
}
