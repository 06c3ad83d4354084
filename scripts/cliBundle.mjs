// Where the built CLI lives and whether it is fresh. Read by the launcher (main/cli/bin.mjs) at every
// call, so it stays small: no esbuild here (scripts/buildCli.mjs builds).
//
// out/cli/inputs.json records every file esbuild read for the bundle: the sources by a hash of their
// bytes, node_modules files by size and modification time, and the builder scripts by hash. The bundle
// is fresh only if every one of them is unchanged; anything else (an edit, a checkout, `npm install`,
// a changed build script, a missing file) means "rebuild before running".
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT_URL = new URL('../', import.meta.url);
/** The built CLI (ESM). */
export const BUNDLE_URL = new URL('out/cli/resdraft.mjs', ROOT_URL);
/** The Word reader's thread (main/services/word/wordWorker.ts), built beside the CLI. */
export const WORKER_URL = new URL('out/cli/wordWorker.mjs', ROOT_URL);
/** The co-drafting code (main/collab/collabModule.ts), built beside the CLI and loaded only by `serve` and `room`. */
export const COLLAB_URL = new URL('out/cli/collab.mjs', ROOT_URL);
/** What the bundle was built from (see above). */
export const INPUTS_URL = new URL('out/cli/inputs.json', ROOT_URL);
/** The files whose content decides how the bundle is built. */
export const BUILDER_FILES = ['scripts/buildCli.mjs', 'scripts/cliBundle.mjs'];

/** Hex SHA-256 of some bytes. */
export function hashBytes(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stamp of a file that is compared by size and time (node_modules). */
export function statStamp(path) {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
}

/** Hash of the builder scripts (a changed build must rebuild). */
export function builderHash() {
  return hashBytes(BUILDER_FILES.map((f) => readFileSync(new URL(f, ROOT_URL), 'utf8')).join('\0'));
}

const ROOT = fileURLToPath(ROOT_URL);

/** The absolute path of a repository-relative one. */
export function rootPath(rel) {
  return join(ROOT, rel);
}

/** True when out/cli/resdraft.mjs, its worker and its co-drafting module exist and none of the files they were built from has changed since. */
export function bundleIsFresh() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS_URL, 'utf8'));
    statSync(BUNDLE_URL);
    statSync(WORKER_URL);
    statSync(COLLAB_URL);
  } catch {
    return false;
  }
  try {
    if (inputs.builder !== builderHash()) return false;
    if (inputs.bundle !== statStamp(BUNDLE_URL)) return false;
    if (inputs.worker !== statStamp(WORKER_URL)) return false;
    if (inputs.collab !== statStamp(COLLAB_URL)) return false;
    for (const [rel, hash] of Object.entries(inputs.sources)) {
      if (hashBytes(readFileSync(rootPath(rel))) !== hash) return false;
    }
    for (const [rel, stamp] of Object.entries(inputs.packages)) {
      if (statStamp(rootPath(rel)) !== stamp) return false;
    }
  } catch {
    return false; // an input is gone
  }
  return true;
}
