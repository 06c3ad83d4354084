/**
 * `resdraft synopsis` through the real CLI: five delegations' contribution files on Resolution 30,
 * two of them also revising Resolution 36 with a third source given as a draft text. The JSON must
 * hold every source's changes with its name, proposal number and reasons, the agreements, and
 * the conflicts at the right lines only; the text and HTML outputs name the same; bad usage,
 * sources that revise different editions, and writes over a source exit 2 and change nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { toText } from '../../shared/text/toText';
import { resdraft, type CliResult } from '../support/runCli';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { CEPT_NEW_ITEM, SHARED_NEW_ITEM, resolution30Drafts, resolution36Drafts } from './scenario';
import { writeContribution } from './sourceFiles';

interface JsonChange {
  source: string;
  proposal: string;
  type: string;
  change: string;
}
interface JsonRow {
  place: 'baseline' | 'inserted';
  lineNumber?: number;
  afterLineNumber?: number;
  baseline?: string;
  changes: JsonChange[];
  groups: Array<{ sources: string[]; change: string }>;
  agreement: boolean;
  conflict: boolean;
  conflicts: Array<{ sources: string[]; reason: string }>;
}
interface JsonResolution {
  number: string;
  edition: string;
  sources: Array<{ name: string; proposal: string; symbol: string; reasons: string }>;
  rows: JsonRow[];
}

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-synopsis-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const r30 = resolution30Drafts();
const r36 = resolution36Drafts();
const files: string[] = [];
let rcc36 = '';
const run: Record<string, CliResult> = {};

/** 1-based line number of the baseline line whose text starts with `start` (after its label). */
function lineOf(number: string, start: string): number {
  const i = corpus
    .text(number)
    .split('\n')
    .findIndex((l) => l.replace(/^[^\t]*\t/, '').startsWith(start));
  if (i < 0) throw new Error(`no line "${start}" in Resolution ${number}`);
  return i + 1;
}

beforeAll(async () => {
  for (const d of r30.drafts) {
    const extra = d.name === 'ACP' || d.name === 'EUR' ? [{ number: '36', draft: r36.drafts.find((x) => x.name === d.name)!.draft, reasons: r36.drafts.find((x) => x.name === d.name)!.reasons }] : [];
    files.push(writeContribution(dir, `${d.name.toLowerCase()}.resdraft`, d.source, d.prefix, [{ number: '30', draft: d.draft, reasons: d.reasons }, ...extra]));
  }
  rcc36 = join(dir, 'rcc-36.txt');
  writeFileSync(rcc36, toText(r36.drafts[2].draft));
  const other = writeContribution(dir, 'other-edition.resdraft', 'ARB', 'ARB/21A15/', [{ number: '30', draft: r30.drafts[0].draft, reasons: 'r', edition: 'baku-2025' }]);
  const broken = join(dir, 'broken.txt');
  writeFileSync(broken, 'RESOLUTION 30 (Rev. Baku, 2025)\ntitle\nThe World Telecommunication Development Conference (Baku, 2025),\nrecalling\na)\tok;\n\tno label\n');
  const jobs: Array<[string, string[]]> = [
    ['json', ['synopsis', ...files, rcc36, '--format', 'json']],
    ['text', ['synopsis', ...files, '--resolution', '30']],
    ['html', ['synopsis', ...files, rcc36, '--resolution', '36', '-o', join(dir, 'r36.html')]],
    ['editions', ['synopsis', files[1], other]],
    ['overInput', ['synopsis', ...files, '-o', files[2], '--format', 'json']],
    ['broken', ['synopsis', files[0], broken]],
    ['missing', ['synopsis', ...files, '--resolution', '99']],
    ['docxNoOut', ['synopsis', ...files, '--format', 'docx']],
    ['help', ['synopsis', '--help']],
  ];
  // A Word contribution as a source: EUR's contribution exported to .docx with revision marks.
  const ceptDocx = join(dir, 'cept.docx');
  const word = resdraft(['export', files[1], '-o', ceptDocx, '--date', '2025-06-02T08:30:00Z']).then(async (exported) => {
    run.wordExport = exported;
    run.word = await resdraft(['synopsis', files[0], ceptDocx, '--resolution', '30', '--format', 'json']);
  });
  const results = await Promise.all(jobs.map(([, args]) => resdraft(args)));
  jobs.forEach(([name], i) => (run[name] = results[i]));
  await word;
}, 600_000);

describe('resdraft synopsis --format json', () => {
  let doc: { format: string; resolutions: JsonResolution[] };
  const res = (n: string): JsonResolution => doc.resolutions.find((r) => r.number === n)!;
  const row = (n: string, start: string): JsonRow => res(n).rows.find((r) => r.lineNumber === lineOf(n, start))!;

  beforeAll(() => {
    expect(run.json.stderr).toBe('');
    expect(run.json.code).toBe(0);
    doc = JSON.parse(run.json.stdout);
  });

  it('holds one synopsis per resolution, each with its sources, proposal numbers and reasons', () => {
    expect(doc.format).toBe('resolution-drafter-synopsis');
    expect(doc.resolutions.map((r) => [r.number, r.edition])).toEqual([
      ['30', 'kigali-2022'],
      ['36', 'kigali-2022'],
    ]);
    expect(res('30').sources.map((s) => [s.name, s.proposal, s.reasons])).toEqual(r30.drafts.map((d) => [d.name, `${d.prefix}1`, d.reasons]));
    expect(res('36').sources.map((s) => [s.name, s.proposal, s.reasons])).toEqual([
      ['ACP', 'ACP/12A1/2', 'The central role of AFCP.'],
      ['EUR', 'EUR/14A2/2', 'Artificial intelligence.'],
      ['rcc-36.txt', '', ''],
    ]);
  });

  it('gives every source’s change by name in the word-diff notation, rebuilding each draft and the baseline', () => {
    for (const [n, set] of [['30', r30], ['36', r36]] as const) {
      res(n).sources.forEach((src, k) => {
        const accepted: string[] = [];
        const rejected: string[] = [];
        for (const r of res(n).rows) {
          const mine = r.changes.find((c) => c.source === src.name);
          expect(mine?.proposal ?? src.proposal).toBe(src.proposal);
          if (r.place === 'baseline') {
            accepted.push(mine ? acceptAll(mine.change) : r.baseline!);
            rejected.push(mine ? rejectAll(mine.change) : r.baseline!);
          } else if (mine) accepted.push(acceptAll(mine.change));
        }
        expect(accepted.filter((l) => l !== '').join('\n') + '\n', `${n} ${src.name}`).toBe(toText(set.drafts[k].draft));
        expect(rejected.join('\n') + '\n').toBe(corpus.text(n));
      });
    }
  });

  it('flags agreement where sources make the same change, showing it once with all their names', () => {
    expect(res('30').rows[0].groups).toEqual([{ sources: ['ACP', 'EUR', 'AFCP', 'IAP', 'RCC'], change: 'RESOLUTION 30 (Rev. [-Kigali, 2022-]{+Baku, 2025+})' }]);
    const a = row('30', 'the outcomes of both phases');
    expect(a.agreement).toBe(true);
    expect(a.groups.map((g) => g.sources)).toEqual([['ACP', 'EUR'], ['AFCP'], ['IAP']]);
    const shared = res('30').rows.filter((r) => r.place === 'inserted' && r.changes.some((c) => c.change.includes(SHARED_NEW_ITEM)));
    expect(shared.map((r) => [r.afterLineNumber, r.agreement, r.groups.map((g) => g.sources)])).toEqual([[lineOf('30', 'the opinions of the sixth'), true, [['ACP', 'AFCP']]]]);
    const central = row('36', 'the key role of the African');
    expect(central.groups.map((g) => g.sources)).toEqual([['ACP', 'rcc-36.txt']]);
    expect(res('36').rows.filter((r) => r.agreement).map((r) => r.lineNumber)).toEqual([1, 3, central.lineNumber]);
  });

  it('flags conflicts at the right lines and nowhere else', () => {
    const conflicts = (n: string): Array<[number | undefined, string[][]]> => res(n).rows.filter((r) => r.conflict).map((r) => [r.lineNumber, r.conflicts.map((c) => c.sources)]);
    expect(conflicts('30')).toEqual([
      [lineOf('30', 'the outcomes of both phases'), [['ACP', 'AFCP'], ['EUR', 'AFCP']]],
      [lineOf('30', 'Resolution 71 (Rev.'), [['IAP', 'RCC']]],
    ]);
    expect(conflicts('36')).toEqual([[lineOf('36', 'that the regional organizations play an effective role'), [['ACP', 'EUR']]]]);
    expect(row('36', 'that the regional organizations play an effective role').conflicts[0].reason).toBe('EUR deletes the line that ACP amends');
  });

  it('reports inserted items, deletions, moves and relabels by type', () => {
    const types = (n: string, name: string): string[] => [...new Set(res(n).rows.flatMap((r) => r.changes.filter((c) => c.source === name).map((c) => c.type)))].sort();
    expect(types('30', 'EUR')).toEqual(['inserted', 'modified', 'movedAway', 'movedHere']);
    expect(types('30', 'RCC')).toEqual(['deleted', 'modified']);
    const ins = res('30').rows.find((r) => r.changes.some((c) => c.source === 'EUR' && c.type === 'inserted'))!;
    expect(ins.changes[0].change).toBe(`{+a)\t${CEPT_NEW_ITEM}+}`);
    expect(row('30', 'the commitment of ITU').changes).toEqual([{ source: 'EUR', proposal: 'EUR/14A2/1', type: 'modified', relabelled: true, change: expect.stringMatching(/^\[-a\)-\]\{\+b\)\+\}\t/) }]);
  });
});

describe('resdraft synopsis with a Word contribution as a source', () => {
  it('reads its proposals (accepted text), names it after the cover and finds the same changes as in the contribution file', () => {
    expect(run.wordExport.code).toBe(0);
    expect(run.word.stderr).toBe('');
    expect(run.word.code).toBe(0);
    const fromWord = (JSON.parse(run.word.stdout) as { resolutions: JsonResolution[] }).resolutions[0];
    const fromFile = (JSON.parse(run.json.stdout) as { resolutions: JsonResolution[] }).resolutions[0];
    expect(fromWord.sources.map((s) => [s.name, s.proposal, s.reasons])).toEqual([
      ['ACP', 'ACP/12A1/1', 'Align with the ACP common proposals.'],
      ['EUR', 'EUR/14A2/1', 'Recognize meaningful connectivity.'],
    ]);
    const changes = (r: JsonResolution): string[] => r.rows.flatMap((row) => row.changes.filter((c) => c.source === 'EUR').map((c) => `${row.lineNumber ?? `after ${row.afterLineNumber}`} ${c.type} ${c.change}`));
    expect(changes(fromWord)).toEqual(changes(fromFile));
    expect(changes(fromWord).length).toBeGreaterThan(5);
  });
});

describe('resdraft synopsis: text and HTML', () => {
  it('prints the changed lines for a terminal, each change after its sources and proposal numbers', () => {
    expect(run.text.code).toBe(0);
    const out = run.text.stdout;
    expect(out).toContain('Resolution 30 (kigali-2022): RESOLUTION 30 (Rev. Kigali, 2022)');
    expect(out).toContain('  ACP (ACP/12A1/1) MOD — Reasons: Align with the ACP common proposals.');
    expect(out).toContain('  = ACP (ACP/12A1/1), EUR (EUR/14A2/1): a)\tthe outcomes of [-both-]{+the two+} phases');
    expect(out).toContain('  ! RCC deletes the line that IAP amends');
    expect(out.match(/\[.*CONFLICT\]/g)).toHaveLength(2);
    expect(out).not.toContain('Resolution 36');
  });

  it('writes the HTML table with a column per source and the marks', () => {
    expect(run.html.stderr).toBe('');
    expect(run.html.stdout).toContain('r36.html (html; 1 resolution, 3 sources)');
    const html = readFileSync(join(dir, 'r36.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<span class="rd-source">ACP (ACP/12A1/2)</span>');
    expect(html).toContain('<span class="rd-source">rcc-36.txt</span>');
    expect(html).toContain('<del>key</del><ins>central</ins>');
    expect(html.match(/<tr class="[^"]*rd-conflict/g)).toHaveLength(1);
  });
});

describe('resdraft synopsis: refusals', () => {
  it('exits 2 naming both editions when sources revise different editions', () => {
    expect(run.editions.code).toBe(2);
    expect(run.editions.stderr).toMatch(/different editions of Resolution 30: .*eur\.resdraft#30 revises kigali-2022, .*other-edition\.resdraft#30 revises baku-2025/);
  });

  it('never writes over a source', () => {
    expect(run.overInput.code).toBe(2);
    expect(run.overInput.stderr).toContain('refusing to write the synopsis over its own input "afcp.resdraft"');
    expect(JSON.parse(readFileSync(files[2], 'utf8')).settings.source).toBe(r30.drafts[2].source);
  });

  it('names the file and the line of a source that does not parse', () => {
    expect(run.broken.code).toBe(2);
    expect(run.broken.stderr).toMatch(/broken\.txt: line 6/);
  });

  it('says which resolutions the sources revise when --resolution names another', () => {
    expect(run.missing.code).toBe(2);
    expect(run.missing.stderr).toContain('no source revises Resolution 99; the sources revise Resolution 30, Resolution 36');
  });

  it('writes the .docx to standard output when it is not a terminal (a pipe, a redirect), and documents itself', () => {
    expect(run.docxNoOut.stderr).toBe('');
    expect(run.docxNoOut.code).toBe(0);
    expect(run.docxNoOut.stdout.slice(0, 2)).toBe('PK');
    expect(run.help.code).toBe(0);
    expect(run.help.stdout).toContain('Usage: resdraft synopsis SOURCE… [--resolution N] [--format text|html|docx|json] [-o FILE]');
  });
});
