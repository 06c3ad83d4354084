/**
 * `npm run bench:hostile` — bounded reading (issue 19 point 2; targets: any hostile file refused in
 * ≤ 2 s with ≤ 300 MB peak memory, other host calls answered in ≤ 200 ms while a document is read).
 *
 * 1. Every hostile file of test/word/hostile/hostileFiles.ts, and the special files, through the
 *    real CLI (`node main/cli/bin.mjs show FILE`, the built bundle and its reader thread), 3 runs
 *    each: the median wall-clock time and the peak memory of the process (its maximum resident
 *    set, reader thread included), and how it ended.
 * 2. The browser host (`npm run web`, a child process): while it imports each slow hostile file
 *    (POST api/importWordDocument), another call (api/listResolutions) is sent every 25 ms; prints
 *    the median and the slowest answer time of those calls, and how long the import took.
 * `--json`: the last line holds the figures.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus } from '../../main/services/corpus';
import { startWebHost } from '../browser/harness';
import { BIN, ROOT } from '../support/runCli';
import { apiCall } from '../web/rawRequest';
import { hostileDocuments, specialFiles, type HostileFile } from '../word/hostile/hostileFiles';

const RUNS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One CLI run in a child process: wall-clock time, the process's peak resident memory (VmHWM: the
 * high-water mark of its memory, every thread's included; `ru_maxrss` would carry this bench's own
 * size into the child across fork), the exit code and the first line it printed on standard error.
 */
function runCli(file: string): { ms: number; peakMb: number; code: number | null; said: string } {
  // run the launcher's bundle in a process that reports its own peak resident set (all its threads)
  const probe = `const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'out/cli/resdraft.mjs')).href)}); const code = await main(${JSON.stringify(['show', file])}, { stdout: () => {}, stderr: (t) => process.stderr.write(t), readStdin: async () => ({ bytes: new Uint8Array(0), identity: null }) }); const hwm = /VmHWM:\\s+(\\d+)/.exec((await import('node:fs')).readFileSync('/proc/self/status', 'utf8'))[1]; process.stdout.write(JSON.stringify({ code, maxRss: Number(hwm) })); process.exit(code);`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const ms = performance.now() - t0;
  const report = JSON.parse(r.stdout || '{"maxRss":0}') as { maxRss: number; code?: number };
  return { ms, peakMb: report.maxRss / 1024, code: r.status, said: r.stderr.split('\n')[0] };
}

async function main(): Promise<void> {
  spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT }); // builds out/cli when stale
  const dir = mkdtempSync(join(tmpdir(), 'resdraft-hostile-bench-'));
  const special = await specialFiles(join(dir, 'special'));
  try {
    const t0 = performance.now();
    const docs = await hostileDocuments(join(dir, 'docs'), new Corpus());
    console.log(`hostile set built in ${Math.round(performance.now() - t0)} ms (${docs.length} documents, ${special.files.length} special files)\n`);
    const files: HostileFile[] = [...docs, ...special.files];
    const rows: Array<{ name: string; ms: number; peakMb: number; outcome: string }> = [];
    console.log(`1. resdraft show FILE, ${RUNS} runs each (median wall-clock, peak memory of the process):`);
    for (const f of files) {
      const runs = Array.from({ length: RUNS }, () => runCli(f.path));
      const ms = median(runs.map((x) => x.ms));
      const peakMb = Math.max(...runs.map((x) => x.peakMb));
      const outcome = runs[0].code === 2 ? 'refused (exit 2)' : runs[0].code === 0 ? 'read (exit 0)' : `exit ${runs[0].code}`;
      rows.push({ name: f.name, ms: Math.round(ms), peakMb: Math.round(peakMb), outcome });
      console.log(`  ${f.name.padEnd(24)} ${String(Math.round(ms)).padStart(5)} ms  ${String(Math.round(peakMb)).padStart(4)} MB  ${outcome.padEnd(16)} ${f.what}`);
      if (runs[0].code === 2) console.log(`  ${''.padEnd(24)} ${runs[0].said.replace(dir, '…').slice(0, 150)}`);
    }
    const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
    const hungriest = rows.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
    console.log(`  worst time ${worst.ms} ms (${worst.name}), worst peak memory ${hungriest.peakMb} MB (${hungriest.name})   (targets ≤ 2000 ms, ≤ 300 MB)\n`);

    console.log('2. the browser host answering api/listResolutions (every 25 ms) while it imports a hostile document:');
    const host = await startWebHost();
    const hostRows: Array<{ name: string; importMs: number; answers: number; medianMs: number; slowestMs: number }> = [];
    try {
      const u = new URL(host.url);
      const port = Number(u.port);
      await apiCall(port, u.pathname, 'listResolutions', []);
      // the reader thread starts on the first document (tsx compiles it in this source-run host): start it first
      const warm = join(host.dataDir, 'warm.docx');
      copyFileSync(docs.find((d) => d.name === 'unused-part-lying')!.path, warm);
      await apiCall(port, u.pathname, 'importWordDocument', [warm]);
      for (const f of docs.filter((d) => ['largest-document', 'many-paragraphs', 'nested-ins', 'huge-document-lying', 'zip-bomb-lying'].includes(d.name))) {
        const path = join(host.dataDir, basename(f.path));
        copyFileSync(f.path, path);
        const latencies: number[] = [];
        let done = false;
        const t = performance.now();
        const importing = apiCall(port, u.pathname, 'importWordDocument', [path]).then((r) => {
          done = true;
          return r;
        });
        while (!done) {
          const s = performance.now();
          await apiCall(port, u.pathname, 'listResolutions', []);
          if (!done) latencies.push(performance.now() - s);
          await new Promise((r) => setTimeout(r, 25));
        }
        const r = await importing;
        const importMs = Math.round(performance.now() - t);
        const row = { name: f.name, importMs, answers: latencies.length, medianMs: latencies.length ? Math.round(median(latencies)) : 0, slowestMs: latencies.length ? Math.round(Math.max(...latencies)) : 0 };
        hostRows.push(row);
        const ended = /"error"/.test(r.body) ? 'refused' : 'opened';
        console.log(`  ${f.name.padEnd(24)} import ${String(importMs).padStart(5)} ms (${ended}); ${String(row.answers).padStart(3)} other calls answered during it: median ${row.medianMs} ms, slowest ${row.slowestMs} ms`);
      }
    } finally {
      await host.close();
    }
    const answered = hostRows.filter((r) => r.answers > 0);
    const medianAnswer = answered.length ? median(answered.map((r) => r.medianMs)) : 0;
    const slowestAnswer = answered.length ? Math.max(...answered.map((r) => r.slowestMs)) : 0;
    console.log(`  median answer time during hostile imports ${medianAnswer} ms, slowest ${slowestAnswer} ms   (target ≤ 200 ms)`);
    console.log(`\nload average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    if (process.argv.includes('--json')) console.log(JSON.stringify({ hostile: { rows, worst, hungriest, host: hostRows, medianAnswer, slowestAnswer } }));
  } finally {
    special.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
