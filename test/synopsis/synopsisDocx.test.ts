/**
 * The synoptic .docx in a real word processor: written by `resdraft synopsis -o file.docx`,
 * opened in LibreOffice (one private headless office for all files), every tracked change
 * accepted (or rejected), each table read back cell by cell. Each source's column must be that
 * source's draft after Accept All and the baseline after Reject All, line for line (its cells
 * below the header row, a cell left empty meaning the source keeps the adopted line), for
 * hand-made delegations (agreeing, conflicting, independent changes; inserted, deleted and moved
 * items; relabels) and for seeded random drafts with footnotes; revisions carry the source's
 * name; conflicting cells are shaded; the reasons come once, after the table, not in its header.
 */
import { runOffice } from '../lo/driver';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { compileSynopses, readSource } from '../../main/services/synopsisSources';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { seededDraft } from '../support/randomEdits';
import { libreOfficeAvailable } from '../lo/loReadBack';
import { resdraft, type CliResult } from '../support/runCli';
import { tableColumn } from './columns';
import { resolution30Drafts, resolution36Drafts } from './scenario';
import { writeContribution } from './sourceFiles';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const DATE = '2025-06-02T08:30:00Z';
const SEEDED = ['5', '45', '58'];

interface LoTables {
  revisions: Record<string, number>;
  authors: string[];
  accept: string[][][];
  reject: string[][][];
  remaining: number;
}

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-synopsis-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A docx and what each of its tables must read back as: per table, the baseline and each source's draft. */
interface Case {
  file: string;
  sources: string[];
  tables: Array<{ number: string; names: string[]; drafts: Resolution[] }>;
  run?: CliResult;
}
const cases: Case[] = [];
let results: Record<string, LoTables> = {};

beforeAll(async () => {
  if (!available) return;
  const r30 = resolution30Drafts();
  const r36 = resolution36Drafts();
  const hand: string[] = [];
  for (const d of r30.drafts) {
    const on36 = r36.drafts.find((x) => x.name === d.name && x.prefix !== '');
    hand.push(writeContribution(dir, `${d.name}.resdraft`, d.source, d.prefix, [{ number: '30', draft: d.draft, reasons: d.reasons }, ...(on36 ? [{ number: '36', draft: on36.draft, reasons: on36.reasons }] : [])]));
  }
  const rccText = join(dir, 'rcc-36.txt');
  writeFileSync(rccText, toText(r36.drafts[2].draft));
  hand.push(rccText);
  cases.push({
    file: join(dir, 'hand.docx'),
    sources: hand,
    tables: [
      { number: '30', names: r30.drafts.map((d) => d.name), drafts: r30.drafts.map((d) => d.draft) },
      { number: '36', names: ['ACP', 'EUR', 'rcc-36.txt'], drafts: r36.drafts.map((d) => d.draft) },
    ],
  });
  // Seeded random drafts by four sources on three resolutions, one contribution file per source.
  const names = ['ACP', 'EUR', 'IAP', 'AFCP'];
  const drafts = names.map((_, k) => SEEDED.map((n) => seededDraft(corpus.resolution(n), Number(n) * 10 + k, 10).draft));
  const seededFiles = names.map((name, k) => writeContribution(dir, `seed-${name}.resdraft`, name, `${name}/1A1/`, SEEDED.map((n, j) => ({ number: n, draft: drafts[k][j], reasons: `Reasons of ${name}.` }))));
  cases.push({ file: join(dir, 'seeded.docx'), sources: seededFiles, tables: SEEDED.map((n, j) => ({ number: n, names, drafts: drafts.map((d) => d[j]) })) });
  const runs = await Promise.all(cases.map((c) => resdraft(['synopsis', ...c.sources, '-o', c.file, '--date', DATE])));
  runs.forEach((r, i) => (cases[i].run = r));
  results = runOffice<LoTables>('tables', cases.filter((c) => c.run!.code === 0).map((c) => c.file), { timeoutMs: 400_000 });
}, 600_000);

describe.skipIf(!available && !required)('the synoptic .docx read back in LibreOffice', () => {
  it('is written by the CLI', () => {
    expect(available, 'LibreOffice with python3-uno is required here').toBe(true);
    for (const c of cases) {
      expect(c.run!.stderr).toBe('');
      expect(c.run!.code).toBe(0);
    }
  });

  it('reads every source’s column back as its draft (Accept All) and the baseline (Reject All)', () => {
    for (const c of cases) {
      const lo = results[c.file];
      expect(lo.remaining).toBe(0);
      expect(lo.accept).toHaveLength(c.tables.length);
      c.tables.forEach((t, ti) => {
        const baseline = corpus.text(t.number);
        const accepted = lo.accept[ti];
        const rejected = lo.reject[ti];
        expect(accepted[0]).toHaveLength(t.names.length + 1);
        expect(tableColumn(accepted, 0)).toBe(baseline);
        t.names.forEach((name, k) => {
          expect(accepted[0][k + 1].split('\n')[0]).toBe(name);
          expect(accepted[0][k + 1]).not.toMatch(/Reasons/);
          expect(tableColumn(accepted, k + 1, rejected), `${c.file} Resolution ${t.number}, ${name}: accept all`).toBe(toText(t.drafts[k]));
          expect(tableColumn(rejected, k + 1, accepted), `${c.file} Resolution ${t.number}, ${name}: reject all`).toBe(baseline);
        });
      });
    }
  });

  it('signs each source’s revisions with its name', () => {
    expect([...results[cases[0].file].authors].sort()).toEqual(['ACP', 'AFCP', 'EUR', 'IAP', 'RCC', 'rcc-36.txt']);
    expect([...results[cases[1].file].authors].sort()).toEqual(['ACP', 'AFCP', 'EUR', 'IAP']);
  });

  it('shades exactly the cells of conflicting sources and the baseline cell of each conflicting row', async () => {
    for (const c of cases) {
      const { synopses } = compileSynopses((await Promise.all(c.sources.map((p) => readSource(p)))).flat(), corpus);
      const expected = synopses.reduce((n, s) => n + s.rows.filter((r) => r.conflict).reduce((m, r) => m + 1 + new Set(r.conflicts.flatMap((x) => x.sources)).size, 0), 0);
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(c.file)))['word/document.xml']);
      expect((xml.match(/w:fill="F8CBAD"/g) ?? []).length, c.file).toBe(expected);
      // recalling a): baseline + ACP, EUR, AFCP; g): baseline + IAP, RCC; Resolution 36 recognizing d): baseline + ACP, EUR
      if (c === cases[0]) expect(expected).toBe(4 + 3 + 3);
    }
  });
});
