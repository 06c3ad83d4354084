/**
 * `npm run bench:segment` — how fast Chinese is cut into words (issue 24, point 3). Workload: a
 * Chinese text of 40,000 characters made of the Chinese test resolutions' lines
 * (test/fixtures/i18n/zh), tokenized by the engine's tokenizer (Intl.Segmenter per run of Han
 * letters, in pieces of at most MAX_SEGMENTED_RUN characters): as one 40,000-character paragraph,
 * as 40,000 Han letters without punctuation (one run, segmented in pieces), and as a resolution
 * whose items are the test texts' sentences; then the whole engine (`compare`) on that resolution
 * against itself with one word changed, caches cleared. For reference, Intl.Segmenter on the whole
 * 40,000 characters at once. Medians of 21 runs; `--json` prints the figures as the last line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../shared/engine/compare';
import { clearEngineCaches } from '../../shared/engine/memo';
import { MAX_SEGMENTED_RUN, tokenize } from '../../shared/engine/tokenize';
import { fromText } from '../../shared/text/fromText';
import type { Resolution } from '../../shared/model/resolution';

const DIR = join(import.meta.dirname, '../fixtures/i18n/zh');
const CHARACTERS = 40_000;
const RUNS = 21;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] * 100) / 100;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The Chinese test resolutions' body lines (items and paragraphs), as sentences to build texts from. */
function sentences(): string[] {
  const out: string[] = [];
  for (const n of ['5', '66']) {
    for (const line of readFileSync(join(DIR, `res-${n}.txt`), 'utf8').split('\n').slice(3)) {
      if (line === '' || line.startsWith('[^')) continue;
      out.push(line.includes('\t') ? line.slice(line.indexOf('\t') + 1).replace(/\[\^\d+\]/g, '') : line);
    }
  }
  return out;
}

/** A Chinese resolution of about `chars` characters: the test resolution's head, then items cycling through its sentences. */
function bigResolution(chars: number): Resolution {
  const source = sentences();
  const res = fromText(readFileSync(join(DIR, 'res-5.txt'), 'utf8'));
  const items: { text: string }[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const text = source[i % source.length].replace(/[；，。]$/, '') + '；';
    items.push({ text });
    total += text.length;
  }
  res.calls = [{ phrase: '考虑到', blocks: [{ type: 'list', kind: 'alpha', items }] }];
  res.footnotes = [];
  res.title = res.title.replace(/\[\^\d+\]/g, '');
  return res;
}

export function benchSegment(): Record<string, number> {
  const paragraph = sentences().join('').repeat(200).slice(0, CHARACTERS);
  const res = bigResolution(CHARACTERS);
  const edited = structuredClone(res);
  const list = edited.calls[0].blocks[0];
  if (list.type !== 'list') throw new Error('expected a list');
  const middle = list.items[Math.floor(list.items.length / 2)];
  middle.text = middle.text.replace('发展', '建设');
  const lines = list.items.length;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const whole: number[] = [];
  const paragraphRuns: number[] = [];
  const han = sentences().join('').replace(/[^\p{Script=Han}]/gu, '').repeat(400).slice(0, CHARACTERS);
  const runRuns: number[] = [];
  const resolutionRuns: number[] = [];
  const compareRuns: number[] = [];
  let words = 0;
  for (let run = 0; run < RUNS; run++) {
    whole.push(time(() => void [...segmenter.segment(paragraph)].length));
    paragraphRuns.push(time(() => (words = tokenize(paragraph).length)));
    runRuns.push(time(() => tokenize(han)));
    resolutionRuns.push(time(() => list.items.forEach((it) => tokenize(it.text))));
    clearEngineCaches();
    compareRuns.push(time(() => compare(res, edited)));
  }
  return {
    characters: paragraph.length,
    tokens: words,
    resolutionLines: lines,
    maxSegmentedRun: MAX_SEGMENTED_RUN,
    tokenizeParagraphMs: median(paragraphRuns),
    tokenizeOneRunMs: median(runRuns),
    tokenizeResolutionMs: median(resolutionRuns),
    compareResolutionMs: median(compareRuns),
    segmenterWholeStringMs: median(whole),
  };
}

const figures = benchSegment();
console.log(`Chinese segmentation, ${figures.characters} characters (${figures.tokens} tokens), medians of ${RUNS} runs:`);
console.log(`  tokenize, one paragraph of ${figures.characters} characters:        ${figures.tokenizeParagraphMs} ms`);
console.log(`  tokenize, ${CHARACTERS} Han letters in one run (no punctuation):   ${figures.tokenizeOneRunMs} ms`);
console.log(`  tokenize, a resolution of ${figures.resolutionLines} lines (same size):         ${figures.tokenizeResolutionMs} ms`);
console.log(`  compare, that resolution with one word changed (cold):   ${figures.compareResolutionMs} ms`);
console.log(`  Intl.Segmenter on the whole string at once (reference):  ${figures.segmenterWholeStringMs} ms`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ segment: figures }));
