// Where the built CLI lives and whether it is fresh. Read by the launcher (main/cli/bin.mjs) at every
// call, so it stays small: no esbuild here (scripts/buildCli.mjs builds).
//
// out/cli/inputs.json records every file esbuild read for the bundle: the sources by a hash of their
// bytes (and the stat that says they were not touched since), node_modules files by size and
// modification time, the builder scripts by hash, and the chunks written. The bundle is fresh only
// if every one of them is unchanged; anything else (an edit, a checkout, `npm install`, a changed
// build script, a missing file) means "rebuild before running". A source whose size, modification
// time, change time and inode are as recorded is unchanged without reading it (the change time
// moves on every write and cannot be set back); any other is hashed.
// Node's modules as objects: importing node:fs as an ES module reads all its exports, streams included
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');

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
/** The chunks of the CLI (the code of one command or more) start with this, beside the bundle. */
export const CHUNK_PREFIX = 'chunk-';

/** Hex SHA-256 of some bytes (node:crypto loaded only when something is hashed). */
export function hashBytes(bytes) {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
}

/** What says a source file was not touched since it was hashed: size, modification and change times, inode. */
export function sourceStamp(path) {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
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
  // the recorded paths are relative and '/'-separated (every platform's file calls take '/'):
  // joined as strings, not normalised again on each of the few hundred checked at every call
  return rel.includes('..') ? join(ROOT, rel) : `${ROOT}${rel}`;
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
    const builderTouched = BUILDER_FILES.some((f) => inputs.builderStamps?.[f] !== sourceStamp(rootPath(f)));
    if (builderTouched && inputs.builder !== builderHash()) return false;
    if (inputs.bundle !== statStamp(BUNDLE_URL)) return false;
    if (inputs.worker !== statStamp(WORKER_URL)) return false;
    if (inputs.collab !== statStamp(COLLAB_URL)) return false;
    const outDir = fileURLToPath(new URL('.', BUNDLE_URL));
    for (const [name, stamp] of Object.entries(inputs.chunks ?? {})) {
      if (statStamp(`${outDir}${name}`) !== stamp) return false;
    }
    for (const [rel, source] of Object.entries(inputs.sources)) {
      const { hash, stamp } = typeof source === 'string' ? { hash: source, stamp: null } : source;
      if (stamp !== null && sourceStamp(rootPath(rel)) === stamp) continue;
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
