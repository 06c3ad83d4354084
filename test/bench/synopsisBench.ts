/**
 * Synopsis benchmark (issue 14), at a secretariat's scale: 40 contributions, each with MOD
 * proposals on all 14 bundled resolutions. Edits overlap in part: the 40 sources fall into 8
 * regional groups whose members share their group's seeded edits (agreements), and each source
 * adds its own seeded edits on top (independent changes and conflicts).
 *
 * - `compile40x14Ms`: read the 40 contribution files, parse the 560 drafts, build the 14
 *   synopses (what `resdraft synopsis` does before printing). Target ≤ 2000 ms.
 * - `docx40SourcesMs`: the synoptic .docx of one resolution (Resolution 30) with 40 source
 *   columns, built and packed into bytes. Target ≤ 1000 ms.
 *
 * Each figure is reported as wall-clock time and as CPU time of this process (on a shared machine
 * the wall clock also counts other processes' turns). `benchSynopsis()` is what `npm run bench` calls; run alone with `npx tsx test/bench/synopsisBench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../../main/services/corpus';
import { synopsisToDocx } from '../../main/services/docx/synopsisDocx';
import { compileSynopses, readSource } from '../../main/services/synopsisSources';
import type { Resolution } from '../../shared/model/resolution';
import { seededDraft } from '../support/randomEdits';
import { writeContribution } from '../synopsis/sourceFiles';

const SOURCES = 40;
const GROUPS = 8;
const WARMUP = 2;
const RUNS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall-clock and CPU milliseconds of each measured run (CPU shows the work when the machine is shared). */
async function timed(fn: () => unknown): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const c = process.cpuUsage(c0);
    if (i >= WARMUP) {
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { wall, cpu };
}

/** Median milliseconds to compile 40 × 14 proposals, and to write the 40-source synoptic .docx of one resolution. */
export async function benchSynopsis(): Promise<{ compile40x14Ms: number; compile40x14CpuMs: number; docx40SourcesMs: number; docx40SourcesCpuMs: number; rows30: number; docxBytes: number }> {
  const corpus = new Corpus();
  const numbers = corpus.list().map((r) => r.number);
  const dir = mkdtempSync(join(tmpdir(), 'resdraft-synopsis-bench-'));
  try {
    const groupDrafts = new Map<string, Resolution>();
    const files: string[] = [];
    for (let k = 0; k < SOURCES; k++) {
      const g = k % GROUPS;
      const proposals = numbers.map((n, j) => {
        const key = `${g}/${n}`;
        if (!groupDrafts.has(key)) groupDrafts.set(key, seededDraft(corpus.resolution(n), 7000 + g * 100 + j, 6).draft);
        return { number: n, draft: seededDraft(groupDrafts.get(key)!, 9000 + k * 100 + j, 3).draft, reasons: `Reasons of source ${k + 1} on Resolution ${n}.` };
      });
      files.push(writeContribution(dir, `source-${k + 1}.resdraft`, `Source ${k + 1}`, `S${k + 1}/1A1/`, proposals));
    }
    const readAll = async () => (await Promise.all(files.map((f) => readSource(f)))).flat();
    const compileTimes = await timed(async () => compileSynopses(await readAll(), corpus));
    const one = compileSynopses(await readAll(), corpus, '30').synopses;
    let bytes = 0;
    const docxTimes = await timed(async () => {
      bytes = (await synopsisToDocx(one, { date: '2025-06-02T08:30:00Z' })).length;
    });
    return {
      compile40x14Ms: Math.round(median(compileTimes.wall)),
      compile40x14CpuMs: Math.round(median(compileTimes.cpu)),
      docx40SourcesMs: Math.round(median(docxTimes.wall)),
      docx40SourcesCpuMs: Math.round(median(docxTimes.cpu)),
      rows30: one[0].rows.length,
      docxBytes: bytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchSynopsis();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else {
    console.log(`synopsis: 40 contributions × 14 proposals compiled, median of ${RUNS} runs: ${r.compile40x14Ms} ms (CPU ${r.compile40x14CpuMs} ms; target ≤ 2000 ms)`);
    console.log(`synopsis: .docx of Resolution 30 with 40 sources (${r.rows30} rows, ${r.docxBytes} bytes), median of ${RUNS} runs: ${r.docx40SourcesMs} ms (CPU ${r.docx40SourcesCpuMs} ms; target ≤ 1000 ms)`);
  }
}
