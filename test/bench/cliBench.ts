/**
 * `npm run bench:cli` — CLI start-up (issue 11 point 6, target ≤ 300 ms): `node <the package's bin> list`
 * run 20 times in a row after one warm-up call (which builds out/cli if it is stale), against plain
 * `node -e 0` on the same machine. Prints medians and p95 of wall-clock time and the machine's load
 * (a busy machine slows both). `--json`: the last line is
 * `{"cli":{"listMedianMs":…,"listP95Ms":…,"nodeMedianMs":…,"loadAverage":…}}`.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { BIN, ROOT } from '../support/runCli';

const RUNS = 20;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

/** Wall-clock milliseconds of one child run, start to exit. */
function run(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return wallMs;
}

function series(args: string[]): number[] {
  run(args);
  return Array.from({ length: RUNS }, () => run(args));
}

const list = series([BIN, 'list']);
const bare = series(['-e', '0']);
const figures = {
  listMedianMs: Math.round(percentile(list, 0.5)),
  listP95Ms: Math.round(percentile(list, 0.95)),
  nodeMedianMs: Math.round(percentile(bare, 0.5)),
  loadAverage: Number(loadavg()[0].toFixed(1)),
};
console.log(`CLI start-up, ${RUNS} runs each (median / p95 wall-clock):`);
console.log(`  node ${BIN.slice(ROOT.length + 1)} list   ${figures.listMedianMs} ms / ${figures.listP95Ms} ms   (target ≤ 300 ms)`);
console.log(`  node -e 0 (plain Node)      ${figures.nodeMedianMs} ms`);
console.log(`  load average ${figures.loadAverage} on ${cpus().length} cores`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ cli: figures }));
