/**
 * Import benchmark (issue 12): the median time to import an edition of 80 resolutions (about 300
 * pages) from the ITU's .docx and from its text export, and to open a 14-proposal Word
 * contribution (read the .docx, both sides of every revision, cut it into proposals and parse
 * each draft and baseline: what `resdraft import` and `show file.docx#n` do).
 *
 * `benchImport()` is what `npm run bench` calls; run alone with `npx tsx test/bench/importBench.ts`
 * (`--json` prints only the figures). Targets: edition ≤ 3000 ms, contribution ≤ 1000 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus } from '../../main/services/corpus';
import { importEdition } from '../../main/services/editions';
import { openWordDocument } from '../../main/services/wordDocument';
import { compare } from '../../shared/engine/compare';
import { toDocx } from '../../main/services/docx/toDocx';
import { settings } from '../export/handMade';
import { seededDraft } from '../support/randomEdits';
import { editionDocx } from '../word/editionDocx';

const RUNS = 5;
const EDITION_SIZE = 80;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds to import an 80-resolution edition and to open a 14-proposal Word contribution. */
export async function benchImport(): Promise<{ edition80DocxMs: number; edition80TextMs: number; editionPages: number; contribution14Ms: number }> {
  const corpus = new Corpus();
  const dir = mkdtempSync(join(tmpdir(), 'resdraft-import-bench-'));
  try {
    const { docx, text, chars } = editionDocx(corpus, EDITION_SIZE, (k) => String(k + 1));
    const pages = Math.round(chars / 3000);
    const docxPath = join(dir, 'edition.docx');
    const textPath = join(dir, 'edition.txt');
    writeFileSync(docxPath, docx);
    writeFileSync(textPath, text);
    const timeImport = async (source: string): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const report = await importEdition(source, `bench-${i}`, { editionsDir: join(dir, 'editions'), replace: true, corpus });
        times.push(performance.now() - t0);
        if (report.manifest.resolutions.length !== EDITION_SIZE || report.unplaced.length > 0) throw new Error(`bench edition imported ${report.manifest.resolutions.length} resolutions, ${report.unplaced.length} unplaced: ${JSON.stringify(report.unplaced[0])}`);
      }
      return median(times);
    };
    const edition80DocxMs = await timeImport(docxPath);
    const edition80TextMs = await timeImport(textPath);

    const numbers = corpus.list().map((x) => x.number);
    const proposals = numbers.map((n, i) => ({ symbol: 'MOD' as const, number: `ACP/23A1/${i + 1}`, changes: compare(corpus.resolution(n), seededDraft(corpus.resolution(n), 77 + i, 10).draft), reasons: 'r' }));
    const contribution = join(dir, 'acp.docx');
    writeFileSync(contribution, await toDocx({ settings: settings(), proposals }, { date: '2025-06-02T08:30:00Z', author: 'APT' }));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const doc = await openWordDocument(contribution);
      times.push(performance.now() - t0);
      if (doc.contribution.proposals.length !== 14) throw new Error('bench contribution lost proposals');
    }
    const round = (x: number): number => Math.round(x * 10) / 10;
    return { edition80DocxMs: round(edition80DocxMs), edition80TextMs: round(edition80TextMs), editionPages: pages, contribution14Ms: round(median(times)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchImport();
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [name, value] of Object.entries(figures)) console.log(`import.${name}`.padEnd(28) + String(value));
}
