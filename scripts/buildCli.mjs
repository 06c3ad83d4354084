#!/usr/bin/env node
// Builds the CLI: main/cli/resdraft.ts → out/cli/resdraft.mjs (ESM, esbuild; each command's code in
// a chunk beside it, out/cli/chunk-<hash>.mjs, loaded when the command runs), the Word
// reader's thread main/services/word/wordWorker.ts → out/cli/wordWorker.mjs beside it, the
// co-drafting code main/collab/collabModule.ts → out/cli/collab.mjs (loaded only by `serve` and
// `room`, so Hocuspocus and Yjs never slow the start of the other commands), and
// out/cli/inputs.json (what they were built from, see scripts/cliBundle.mjs). Each is written to a
// temporary file and renamed, so a launcher running at the same time sees the old set or the new one.
// Usage: node scripts/buildCli.mjs [--if-possible]   (--if-possible: warn instead of failing; for `prepare`)
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILDER_FILES, BUNDLE_URL, CHUNK_PREFIX, COLLAB_URL, INPUTS_URL, ROOT_URL, WORKER_URL, builderHash, hashBytes, sourceStamp, statStamp } from './cliBundle.mjs';

/** A chunk no build names any more is removed once this old: a CLI started before the build may still load it. */
const OLD_CHUNK_MS = 10 * 60 * 1000;

const ROOT = fileURLToPath(ROOT_URL);
/** zod's index of its message languages (see recordInputs). */
const ZOD_LOCALES = /(^|\/)node_modules\/zod\/v4\/locales\/index\.js$/;
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
          // zod names its 60-odd message languages in one namespace that no code here reads: only
          // English (its default) is bundled, so a command that checks a schema starts without the rest
          if (ZOD_LOCALES.test(rel)) return { contents: 'export { default as en } from "./en.js";\n', loader: 'js', resolveDir: dirname(args.path) };
          return undefined;
        }
        const loader = LOADERS[extname(args.path)];
        if (!loader) throw new Error(`the CLI cannot bundle ${rel} (unknown file type)`);
        const stamp = sourceStamp(args.path);
        const bytes = readFileSync(args.path);
        // stamped before reading: a write while the build reads it changes the stamp, so it is hashed again
        sources[rel] = { hash: hashBytes(bytes), stamp };
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
    // a command's code, and what only it needs, is loaded when it runs (resdraft list starts fast)
    splitting: true,
    chunkNames: `${CHUNK_PREFIX}[hash]`,
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
  const outDir = new URL('.', BUNDLE_URL);
  mkdirSync(outDir, { recursive: true });
  // chunks first (named by their content: a launcher running now keeps the ones it loads), then the entries
  const chunks = result.outputFiles.filter((f) => basename(f.path).startsWith(CHUNK_PREFIX) && f.path.endsWith('.mjs'));
  for (const c of chunks) writeAtomic(new URL(basename(c.path), outDir), c.contents);
  writeAtomic(WORKER_URL, output(WORKER_URL).contents);
  writeAtomic(COLLAB_URL, output(COLLAB_URL).contents);
  writeAtomic(BUNDLE_URL, output(BUNDLE_URL).contents);
  const chunkStamps = Object.fromEntries(chunks.map((c) => [basename(c.path), statStamp(c.path)]));
  const builderStamps = Object.fromEntries(BUILDER_FILES.map((f) => [f, sourceStamp(fileURLToPath(new URL(f, ROOT_URL)))]));
  const inputs = { builder, builderStamps, bundle: statStamp(fileURLToPath(BUNDLE_URL)), worker: statStamp(fileURLToPath(WORKER_URL)), collab: statStamp(fileURLToPath(COLLAB_URL)), chunks: chunkStamps, sources, packages };
  writeAtomic(INPUTS_URL, `${JSON.stringify(inputs, null, 1)}\n`);
  removeOldChunks(fileURLToPath(outDir), new Set(Object.keys(chunkStamps)));
}

/** Removes the chunks of earlier builds that no launcher started since can load. */
function removeOldChunks(dir, current) {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(CHUNK_PREFIX) || current.has(name)) continue;
    const path = `${dir}${sep}${name}`;
    try {
      if (Date.now() - statSync(path).mtimeMs > OLD_CHUNK_MS) rmSync(path, { force: true });
    } catch {
      // gone already
    }
  }
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
