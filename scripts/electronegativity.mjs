#!/usr/bin/env node
// Security gate (part of `npm test`): runs Doyensec's Electronegativity on the app sources
// (main/, renderer/, shared/ and package.json) and fails on any HIGH or MEDIUM finding of
// CERTAIN or FIRM confidence, and on any source file it cannot parse (an unscanned file is not
// a clean file). Findings the tool itself flags "manual review required" pass only when listed,
// with the review's conclusion, in scripts/electronegativity-reviewed.json (check id + file);
// a new one fails until someone reviews it.
//   node scripts/electronegativity.mjs [--verbose]
// RESDRAFT_SCAN_ROOT=<dir> scans another tree with the same layout (the gate's own test uses it).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scanRoot = process.env.RESDRAFT_SCAN_ROOT ?? root;
const verbose = process.argv.includes('--verbose');
const SOURCES = ['main', 'renderer', 'shared', 'package.json'];

const reviewed = JSON.parse(readFileSync(join(root, 'scripts/electronegativity-reviewed.json'), 'utf8')).reviewed;
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// The gate runs offline and never waits on the network: the tool's two lookups (updated translations,
// Electron's release list) get an immediate "offline" answer instead of got's timed retries, whose
// late cancellation throws on Node 24 and killed the gate on a busy machine before its verdict.
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
const gotPath = createRequire(runnerPath).resolve('got');
const offline = () => Promise.reject(new Error('the security gate makes no network requests'));
const offlineGot = Object.assign(offline, { head: offline, get: offline, default: offline, __esModule: true });
const gotModule = new Module(gotPath);
Object.assign(gotModule, { filename: gotPath, loaded: true, exports: offlineGot });
require.cache[gotPath] = gotModule;

// Scan a copy holding only our sources (no tests, no node_modules, no build output).
const stage = mkdtempSync(join(tmpdir(), 'resdraft-electronegativity-'));
const started = Date.now();
let result;
try {
  for (const s of SOURCES) if (existsSync(join(scanRoot, s))) cpSync(join(scanRoot, s), join(stage, s), { recursive: true });
  const run = require(runnerPath);
  const quiet = console.log;
  console.log = () => undefined; // the translations fetch logs a line when offline
  try {
    result = await run({ input: stage, isRelative: true, electronVersionOverride: electronVersion, isVerbose: false });
  } finally {
    console.log = quiet;
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const isBlocking = (i) => i.severity.value >= 2 && i.confidence.value >= 1;
const isReviewed = (i) => reviewed.some((r) => r.id === i.id && r.file === i.file);
const fmt = (i) => `${i.id} ${i.severity.name}/${i.confidence.name}${i.manualReview ? ' (manual review)' : ''} ${i.file}:${i.location.line}:${i.location.column}`;

const parseFailures = result.errors.filter((e) => !e.tolerable);
const blocking = result.issues.filter((i) => isBlocking(i) && !(i.manualReview && isReviewed(i)));
const acceptedReviews = result.issues.filter((i) => isBlocking(i) && i.manualReview && isReviewed(i));
const other = result.issues.filter((i) => !isBlocking(i));

console.log(`electronegativity ${require('@doyensec/electronegativity/package.json').version}: ${result.atomicChecks} atomic + ${result.globalChecks} global checks on ${SOURCES.join(', ')} (Electron ${electronVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const i of acceptedReviews) {
  const r = reviewed.find((x) => x.id === i.id && x.file === i.file);
  console.log(`  reviewed: ${fmt(i)}\n            ${r.conclusion}`);
}
if (verbose) for (const i of other) console.log(`  info: ${fmt(i)}`);
console.log(`  ${other.length} LOW/INFORMATIONAL or TENTATIVE findings${verbose ? '' : ' (--verbose lists them)'}, ${acceptedReviews.length} reviewed, ${blocking.length} blocking, ${parseFailures.length} unparsable files`);
for (const e of parseFailures) console.error(`  UNPARSABLE: ${e.file}: ${e.message}`);
for (const i of blocking) console.error(`  BLOCKING: ${fmt(i)}\n            ${i.description} (${i.shortenedURL})`);
if (blocking.length || parseFailures.length) {
  console.error('electronegativity gate FAILED');
  process.exit(1);
}
console.log('electronegativity gate passed');
process.exit(0);
