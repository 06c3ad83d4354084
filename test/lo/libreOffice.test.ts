/**
 * Proof in a real word processor: exported .docx files are opened in LibreOffice (headless, one
 * process for all files), every tracked change is accepted (or rejected), and the text read back
 * must be the draft (or the adopted text), paragraph for paragraph and footnote for footnote, for
 * all 14 bundled resolutions under seeded random edits, through the API and through
 * `npx resdraft export`. Skipped only when LibreOffice is absent and neither CI nor
 * RESDRAFT_REQUIRE_LO=1 is set; then the first test fails instead.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import { compare } from '../../shared/engine/compare';
import { toDocx } from '../../main/services/docx/toDocx';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { countMarks } from '../export/docxRead';
import { settings } from '../export/handMade';
import { seededDraft } from '../support/randomEdits';
import { resdraft } from '../support/runCli';
import { assertWellFormedDocx } from '../support/strictXml';
import { libreOfficeAvailable, readBack, resolutionsIn, type LoFile } from './loReadBack';
import { TARGETED } from './targetedCases';


const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const DATE = '2025-06-02T08:30:00Z';
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const CLI_SEED = 9;

const corpus = new Corpus();
const numbers = corpus.list().map((r) => r.number);
const bases = numbers.map((n) => corpus.resolution(n));
const dir = mkdtempSync(join(tmpdir(), 'resdraft-lo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  file: string;
  drafts: Resolution[];
  baselines: Resolution[];
  notes: string[];
}

const cases: Case[] = [];
let results: Record<string, LoFile> = {};

function draftsFor(seed: number): { drafts: Resolution[]; notes: string[] } {
  const made = bases.map((b, i) => seededDraft(b, seed * 1000 + i, 10));
  return { drafts: made.map((m) => m.draft), notes: made.map((m, i) => `Resolution ${numbers[i]} (seed ${seed}): ${m.ops.join('; ')}`) };
}

function contributionFile(drafts: Resolution[]): string {
  const c = newContribution(2025);
  c.settings = settings();
  c.proposals = drafts.map((d, i) => ({ id: `p${i}`, baseline: { edition: 'kigali-2022', number: numbers[i] }, symbol: 'MOD' as const, draft: d, reasons: `Reasons ${i}.` }));
  const path = join(dir, 'cli.resdraft');
  writeFileSync(path, JSON.stringify(c, null, 2));
  return path;
}

describe.skipIf(!available && !required)('LibreOffice reads the exported revision marks back', () => {
  beforeAll(async () => {
    if (!available) return;
    for (const seed of SEEDS) {
      const { drafts, notes } = draftsFor(seed);
      const proposals = bases.map((b, i) => ({ symbol: 'MOD' as const, number: `ACP/23A1/${i + 1}`, changes: compare(b, drafts[i]), reasons: 'r' }));
      const file = join(dir, `seed-${seed}.docx`);
      writeFileSync(file, await toDocx({ settings: settings(), proposals }, { date: DATE, author: 'APT' }));
      cases.push({ file, drafts, baselines: bases, notes });
    }
    // Through the real CLI: a contribution file with 14 proposals, marked and clean, and one lone draft.
    const { drafts, notes } = draftsFor(CLI_SEED);
    const contrib = contributionFile(drafts);
    const marked = join(dir, 'cli-marked.docx');
    const clean = join(dir, 'cli-clean.docx');
    const lone = join(dir, 'cli-lone.docx');
    const loneDraft = join(dir, 'res-58-draft.txt');
    writeFileSync(loneDraft, toText(drafts[numbers.indexOf('58')]));
    const runs = await Promise.all([
      resdraft(['export', contrib, '-o', marked, '--date', DATE]),
      resdraft(['export', contrib, '-o', clean, '--clean', '--date', DATE]),
      resdraft(['export', loneDraft, '-o', lone, '--date', DATE, '--reasons', 'Update.']),
    ]);
    for (const r of runs) expect(r.stderr).toBe('');
    cases.push({ file: marked, drafts, baselines: bases, notes });
    cases.push({ file: lone, drafts: [drafts[numbers.indexOf('58')]], baselines: [corpus.resolution('58')], notes: [notes[numbers.indexOf('58')]] });
    cases.push({ file: clean, drafts, baselines: drafts, notes });
    for (const [i, t] of TARGETED.entries()) {
      const n = t.resolution ?? '34';
      const draft = corpus.resolution(n);
      t.edit(draft);
      const file = join(dir, `targeted-${i}.docx`);
      writeFileSync(file, await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: '1', changes: compare(corpus.resolution(n), draft), reasons: '' }] }, { date: DATE }));
      cases.push({ file, drafts: [draft], baselines: [corpus.resolution(n)], notes: [t.name] });
    }
    for (const c of cases) assertWellFormedDocx(new Uint8Array(readFileSync(c.file)));
    results = readBack(cases.map((c) => c.file));
  }, 1_200_000);

  it('has LibreOffice and python3-uno to run with', () => {
    expect(available, 'install libreoffice-writer-nogui and python3-uno (CI does)').toBe(true);
  });

  it('Accept All gives every draft and Reject All every adopted text, paragraph for paragraph and footnote for footnote', () => {
    expect(cases.length).toBe(SEEDS.length + 3 + TARGETED.length);
    let checked = 0;
    for (const c of cases) {
      const r = results[c.file];
      expect(r, c.file).toBeDefined();
      const accepted = resolutionsIn(r.accept);
      const rejected = resolutionsIn(r.reject);
      expect(accepted).toHaveLength(c.drafts.length);
      c.drafts.forEach((d, i) => {
        expect(accepted[i], `${c.file}: Accept All, ${c.notes[i]}`).toBe(toText(d));
        expect(rejected[i], `${c.file}: Reject All, ${c.notes[i]}`).toBe(toText(c.baselines[i]));
        checked++;
      });
      expect(r.remaining, `${c.file}: revisions left after Accept All`).toBe(0);
    }
    expect(checked).toBe((SEEDS.length + 2) * numbers.length + 1 + TARGETED.length);
  });

  it('counts a sensible number of revisions: some for every edited contribution, never more than the marks written, none in a clean export', () => {
    for (const c of cases) {
      const r = results[c.file];
      const total = Object.values(r.revisions).reduce((a, b) => a + b, 0);
      if (c.file.endsWith('cli-clean.docx')) {
        expect(total).toBe(0);
        continue;
      }
      const written = countMarks(new Uint8Array(readFileSync(c.file)));
      expect(r.revisions.Insert ?? 0, c.file).toBeLessThanOrEqual(written.ins);
      expect(r.revisions.Delete ?? 0, c.file).toBeLessThanOrEqual(written.del);
      // at least one revision per edited resolution
      expect(total, c.file).toBeGreaterThanOrEqual(c.drafts.length);
    }
  });

  it('counts exactly the revisions a reviewer sees for small targeted edits', () => {
    const targeted = cases.slice(-TARGETED.length);
    targeted.forEach((c, i) => {
      expect(results[c.file].revisions, TARGETED[i].name).toEqual(TARGETED[i].revisions);
    });
  });
});
