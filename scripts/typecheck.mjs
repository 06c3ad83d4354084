#!/usr/bin/env node
// `npm run typecheck`: `tsc -p <layer>` for every layer's project (see scripts/layers/layers.mjs),
// as many at once as the machine has cores. Prints each project's errors and fails if any has one.
// Usage: node scripts/typecheck.mjs [project ...]   (default: all of them)
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS } from './layers/layers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECTS = LAYERS.map((layer) => layer.project);
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : PROJECTS;
const tsc = join(root, 'node_modules/typescript/bin/tsc');

function check(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ project, ok: false, output: e.message, ms: Date.now() - started }));
    child.on('close', (code) => resolve({ project, ok: code === 0, output, ms: Date.now() - started }));
  });
}

// the test project checks the most files (it reaches every layer): started first, it does not run alone at the end
const queue = [...wanted].sort((a, b) => Number(b === 'test') - Number(a === 'test'));
const results = [];
async function worker() {
  while (queue.length) {
    const result = await check(queue.shift());
    results.push(result);
    console.log(`typecheck: tsc -p ${result.project} ${result.ok ? 'ok' : 'FAILED'} in ${(result.ms / 1000).toFixed(1)} s`);
    if (!result.ok) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  }
}
await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), wanted.length)) }, worker));
if (results.some((r) => !r.ok)) process.exit(1);
