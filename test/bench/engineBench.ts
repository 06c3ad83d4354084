/**
 * `npm run bench` — the engine benchmark (issue 3) and, when present, the export benchmark.
 * Workload: all 14 adopted resolutions, each with a fixed seeded set of edits (2% of words changed,
 * one item inserted, one deleted, one moved). Prints a table; with `--json` the last line is
 * `{"engine":{"corpusCompareMs":…,"jsdiffWordsMs":…,"ratio":…},…}`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffWordsWithSpace } from 'diff';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { randomEdits } from '../support/randomEdits';
import { clearEngineCaches } from '../../shared/engine/memo';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'resources/baseline/kigali-2022');
const NUMBERS = ['5', '17', '18', '30', '34', '36', '45', '46', '48', '51', '55', '58', '76', '82'];
const RUNS = 31;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median times of the engine against jsdiff's whole-text word diff on the same 14 pairs. */
export function benchEngine(): { corpusCompareMs: number; jsdiffWordsMs: number; ratio: number } {
  const pairs = NUMBERS.map((n, i) => {
    const baseText = readFileSync(join(DIR, `res-${n}.txt`), 'utf8');
    const draftText = toText(randomEdits(fromText(baseText), 1000 + i));
    return { baseText, draftText };
  });
  const engine: number[] = [];
  const jsdiff: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    clearEngineCaches();
    engine.push(time(() => {
      for (const p of pairs) compare(fromText(p.baseText), fromText(p.draftText));
    }));
    jsdiff.push(time(() => {
      for (const p of pairs) diffWordsWithSpace(p.baseText, p.draftText);
    }));
  }
  const corpusCompareMs = median(engine);
  const jsdiffWordsMs = median(jsdiff);
  return { corpusCompareMs: round(corpusCompareMs), jsdiffWordsMs: round(jsdiffWordsMs), ratio: round(corpusCompareMs / jsdiffWordsMs, 3) };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const result: Record<string, Record<string, number>> = {};
  result.engine = benchEngine();
  const exportBench = join(import.meta.dirname, 'exportBench.ts');
  if (existsSync(exportBench)) {
    const mod = (await import(pathToFileURL(exportBench).href)) as { benchExport?: () => Promise<{ docxCorpusMs: number }> };
    if (mod.benchExport) result.export = await mod.benchExport();
  }
  const synopsisBench = join(import.meta.dirname, 'synopsisBench.ts');
  if (existsSync(synopsisBench)) {
    const mod = (await import(pathToFileURL(synopsisBench).href)) as { benchSynopsis?: () => Promise<Record<string, number>> };
    if (mod.benchSynopsis) result.synopsis = await mod.benchSynopsis();
  }
  const importBench = join(import.meta.dirname, 'importBench.ts');
  if (existsSync(importBench)) {
    const mod = (await import(pathToFileURL(importBench).href)) as { benchImport?: () => Promise<Record<string, number>> };
    if (mod.benchImport) result.import = await mod.benchImport();
  }
  console.log(`Resolution Drafter benchmarks (median of ${RUNS} runs, Node ${process.version})`);
  console.log('metric'.padEnd(28) + 'value');
  for (const [group, figures] of Object.entries(result)) {
    for (const [name, value] of Object.entries(figures)) console.log(`${group}.${name}`.padEnd(28) + String(value));
  }
  if (result.engine.ratio > 0.5) console.log(`engine ratio ${result.engine.ratio} is above the 0.5 target`);
  if (json) console.log(JSON.stringify(result));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
