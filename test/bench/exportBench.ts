/**
 * Export benchmark (issue 6): the median time to export one contribution with MOD proposals for
 * all 14 bundled resolutions, each with seeded random edits (items inserted, deleted and moved,
 * words, footnotes). One export = parse each draft, compare it with its baseline, build the
 * .docx with revision marks and pack it into bytes (what `resdraft export` does before writing).
 *
 * `benchExport()` is what `npm run bench` calls; run alone with `npx tsx test/bench/exportBench.ts`
 * (`--json` prints only `{"docxCorpusMs":…}`). Target: ≤ 500 ms.
 */
import { fileURLToPath } from 'node:url';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import { exportContribution } from '../../shared/export/fromContribution';
import { toDocx } from '../../main/services/docx/toDocx';
import { seededDraft } from '../support/randomEdits';
import { settings } from '../export/handMade';

const WARMUP = 3;
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median milliseconds to export the 14-resolution MOD contribution (and the figures behind it). */
export async function benchExport(): Promise<{ docxCorpusMs: number; runs: number; bytes: number }> {
  const corpus = new Corpus();
  const c = newContribution(2025);
  c.settings = settings();
  c.proposals = corpus.list().map((r, i) => ({
    id: `p${i}`,
    baseline: { edition: 'kigali-2022', number: r.number },
    symbol: 'MOD' as const,
    draft: seededDraft(corpus.resolution(r.number), 500 + i, 10).draft,
    reasons: 'To update the resolution.',
  }));
  const baselineOf = (ref: { number: string; edition: string }) => corpus.resolution(ref.number, ref.edition);
  let bytes: Uint8Array = new Uint8Array();
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    bytes = await toDocx(exportContribution(c, baselineOf), { date: '2025-06-02T08:30:00Z' });
    const ms = performance.now() - t0;
    if (i >= WARMUP) times.push(ms);
  }
  return { docxCorpusMs: Math.round(median(times) * 10) / 10, runs: RUNS, bytes: bytes.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchExport();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ docxCorpusMs: r.docxCorpusMs }));
  else console.log(`export: 14 MOD proposals → .docx of ${r.bytes} bytes; median of ${r.runs} runs: ${r.docxCorpusMs} ms (target ≤ 500 ms)`);
}
