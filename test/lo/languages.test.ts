/**
 * Contributions in the five languages other than English, proved in LibreOffice: Accept All gives
 * every draft and Reject All every adopted text (seeded edits in the language's own words, items
 * inserted, deleted and moved), through the API and through `resdraft export`. The Arabic one is
 * right to left: every paragraph of the body and of the page header is laid out right to left,
 * runs of Arabic text are `w:rtl` with `w:lang w:bidi="ar-SA"` and the Latin ones (MOD, the
 * proposal number, the document reference) are not; its pages carry `- N -` and the `-A`
 * reference. One LibreOffice process for the laws, one for the page look.
 */
import { runOffice } from './driver';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../../main/services/docx/toDocx';
import { compare } from '../../shared/engine/compare';
import { grammarOf } from '../../shared/grammar/grammars';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import { expectedResolutions, TEXTS, type LanguageTexts } from '../i18n/texts';
import { resdraft } from '../support/runCli';
import { randomEdits } from '../support/randomEdits';
import { assertWellFormedDocx } from '../support/strictXml';
import { libreOfficeAvailable, readBack, resolutionsIn, type LoFile } from './loReadBack';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const DATE = '2025-06-02T08:30:00Z';
const SEEDS = [1, 2];

const dir = mkdtempSync(join(tmpdir(), 'resdraft-lo-languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  language: LanguageTexts;
  file: string;
  drafts: Resolution[];
  baselines: Resolution[];
}

const cases: Case[] = [];
let results: Record<string, LoFile> = {};
let look: { pages: number; pageText: string[][] } | undefined;
const arabicCli = join(dir, 'ar-cli.docx');

function draftsOf(t: LanguageTexts, seed: number): Resolution[] {
  const words = { vocabulary: t.vocabulary, joiner: t.joiner, semicolon: grammarOf(t.code).punctuation.semicolon };
  return expectedResolutions(t).map((b, i) => randomEdits(b, seed * 100 + i, { wordRate: 0.08, insertItems: 1, deleteItems: 1, moveItems: 1, footnoteEdits: 0, words }));
}

describe.skipIf(!available && !required)('LibreOffice reads contributions in every language back, Arabic right to left', () => {
  beforeAll(async () => {
    if (!available) return;
    for (const t of TEXTS) {
      const bases = expectedResolutions(t);
      for (const seed of SEEDS) {
        const drafts = draftsOf(t, seed);
        const s = { ...settings(), language: t.code };
        const proposals = bases.map((b, i) => ({ symbol: 'MOD' as const, number: `ARB/42A1/${i + 1}`, changes: compare(b, drafts[i]), reasons: 'r' }));
        const file = join(dir, `${t.code}-${seed}.docx`);
        writeFileSync(file, await toDocx({ settings: s, proposals }, { date: DATE }));
        cases.push({ language: t, file, drafts, baselines: bases });
      }
    }
    // an Arabic draft exported by the CLI, its adopted text given as a file
    const ar = TEXTS.find((t) => t.code === 'ar')!;
    const [base] = expectedResolutions(ar);
    const [draft] = draftsOf(ar, 3);
    const baseFile = join(dir, 'ar-base.txt');
    const draftFile = join(dir, 'ar-draft.txt');
    writeFileSync(baseFile, toText(base));
    writeFileSync(draftFile, toText(draft));
    const r = await resdraft(['export', draftFile, '--baseline', baseFile, '-o', arabicCli, '--date', DATE, '--reasons', 'تحديث.']);
    expect(r.stderr).toBe('');
    cases.push({ language: ar, file: arabicCli, drafts: [draft], baselines: [base] });
    for (const c of cases) assertWellFormedDocx(new Uint8Array(readFileSync(c.file)));
    results = readBack(
      cases.map((c) => c.file),
      { directions: true },
    );
    look = runOffice<{ pages: number; pageText: string[][] }>('look', [arabicCli], { timeoutMs: 600_000 })[arabicCli];
  }, 900_000);

  it('has LibreOffice and python3-uno to run with', () => {
    expect(available, 'install libreoffice-writer-nogui and python3-uno (CI does)').toBe(true);
  });

  it('Accept All gives every draft and Reject All every adopted text, in every language', () => {
    expect(cases).toHaveLength(TEXTS.length * SEEDS.length + 1);
    for (const c of cases) {
      const r = results[c.file];
      const accepted = resolutionsIn(r.accept);
      const rejected = resolutionsIn(r.reject);
      expect(accepted, c.file).toHaveLength(c.drafts.length);
      c.drafts.forEach((d, i) => {
        expect(accepted[i], `${c.file}: Accept All, resolution ${i + 1}`).toBe(toText(d));
        expect(rejected[i], `${c.file}: Reject All, resolution ${i + 1}`).toBe(toText(c.baselines[i]));
      });
      expect(r.remaining, c.file).toBe(0);
      expect(Object.values(r.revisions).reduce((a, b) => a + b, 0), c.file).toBeGreaterThan(0);
    }
  });

  it('lays out every paragraph of an Arabic contribution right to left, the others left to right', () => {
    for (const c of cases) {
      const { body, header } = results[c.file].accept.directions!;
      expect(body.length, c.file).toBeGreaterThan(20);
      const want = c.language.code === 'ar' ? 'rl' : 'lr';
      expect(body.filter((d) => d !== want), `${c.file}: body paragraphs not ${want}`).toEqual([]);
      expect(header.length, c.file).toBeGreaterThan(0);
      if (c.language.code === 'ar') expect(header.filter((d) => d !== 'rl'), c.file).toEqual([]);
    }
  });

  it('writes Arabic runs w:rtl with w:lang w:bidi="ar-SA", and the Latin symbol, number and reference left to right', () => {
    const files = unzipSync(new Uint8Array(readFileSync(arabicCli)));
    const doc = strFromU8(files['word/document.xml']);
    const runs = [...doc.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => ({ props: m[1] ?? '', text: m[2] }));
    const arabic = runs.filter((r) => /\p{Script=Arabic}/u.test(r.text));
    expect(arabic.length).toBeGreaterThan(20);
    for (const r of arabic) expect(r.props, r.text).toContain('<w:rtl/><w:lang w:bidi="ar-SA"/>');
    const latin = runs.filter((r) => /^(MOD|WTDC-\d\d\/.*)$/.test(r.text));
    expect(latin.map((r) => r.text)).toContain('MOD');
    for (const r of latin) expect(r.props, r.text).not.toContain('<w:rtl/>');
    const paragraphs = doc.match(/<w:p>/g)?.length ?? 0;
    expect(doc.match(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/g)?.length).toBe(paragraphs);
    for (const [name, part] of Object.entries(files)) {
      if (name.startsWith('word/header') && strFromU8(part).includes('WTDC-')) expect(strFromU8(part), name).toContain('<w:bidi/>');
    }
    expect(doc).toContain('الأصل: بالعربية');
    expect(doc).toContain('-A</w:t>');
  });

  it('prints `- N -` and the -A reference on every page after the first, in LibreOffice’s own layout', () => {
    expect(look).toBeDefined();
    expect(look!.pages).toBeGreaterThan(1);
    expect(look!.pageText[0].join('\n')).not.toMatch(/^- \d+ -$/m);
    look!.pageText.slice(1).forEach((lines, i) => {
      // LibreOffice's PDF import cuts a right-to-left line into pieces at each change of direction
      const reference = lines.indexOf('WTDC-22/[…]-A');
      expect(reference, `page ${i + 2}: ${lines.slice(0, 6).join(' | ')}`).toBeGreaterThan(0);
      expect(lines.slice(0, reference).join(''), `page ${i + 2}`).toBe(`- ${i + 2} -`);
    });
    expect(look!.pageText[1]).toContain('القرار');
    expect(look!.pageText[1]).toContain('MOD');
  });
});
