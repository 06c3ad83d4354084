/**
 * The exported contribution as LibreOffice lays it out and prints it: the page header `- N -`
 * and the document reference on every page after the first (read from the PDF LibreOffice makes,
 * so the PAGE field is the one its layout computed), Track Changes on when the file is opened,
 * and the revision times LibreOffice reads: the export time, never later. Accept All / Reject All
 * staying exact with those times is `libreOffice.test.ts` (its targeted cases include the
 * touching insertions that get the earlier time). One LibreOffice process for the whole file.
 */
import { runOffice } from './driver';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { exportContribution } from '../../shared/export/fromContribution';
import { toPreviewHtml } from '../../shared/export/toPreviewHtml';
import type { Contribution } from '../../shared/contribution/schema';
import { CHROMIUM_ARGS } from '../browser/harness';
import { newContribution } from '../../shared/contribution/newContribution';
import { resdraft } from '../support/runCli';
import { settings } from '../export/handMade';
import { libreOfficeAvailable } from './loReadBack';
import { TARGETED } from './targetedCases';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const DATE = '2025-06-02T08:30:00Z';

interface Look {
  recordChanges: boolean;
  pages: number;
  pageText: string[][];
  revisionTimes: string[];
}

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-lo-look-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A contribution file: Resolutions 34 (a word replaced, an item added), 5 and 17 (unchanged). */
function contributionFile(name: string, documentNumber: string, addendumNumber: string): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(contributionOf(documentNumber, addendumNumber), null, 2));
  return path;
}

function contributionOf(documentNumber: string, addendumNumber: string): Contribution {
  const c = newContribution(2025);
  c.settings = settings();
  c.settings.proposalSource = 'TST';
  c.settings.documentNumber = documentNumber;
  c.settings.addendumNumber = addendumNumber;
  const d34 = corpus.resolution('34');
  TARGETED[0].edit(d34);
  TARGETED[1].edit(d34);
  c.proposals = [
    { id: 'p1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: d34, reasons: 'Update.' },
    { id: 'p2', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'NOC', draft: corpus.resolution('5'), reasons: 'Valid.' },
    { id: 'p3', baseline: { edition: 'kigali-2022', number: '17' }, symbol: 'NOC', draft: corpus.resolution('17'), reasons: 'Valid.' },
  ];
  return c;
}

/** The print preview of the contribution, printed to PDF by Chromium (as the app's PDF export does). */
async function previewPdf(path: string): Promise<void> {
  const html = toPreviewHtml(exportContribution(contributionOf('42', '1'), (ref) => corpus.resolution(ref.number, ref.edition)), { date: DATE });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ path, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

const files = { numbered: join(dir, 'numbered.docx'), open: join(dir, 'open.docx'), now: join(dir, 'now.docx') };
const preview = join(dir, 'preview.pdf');
let looks: Record<string, Look> = {};
let before = 0;
let after = 0;

describe.skipIf(!available && !required)('LibreOffice shows the export as an ITU document', () => {
  beforeAll(async () => {
    if (!available) return;
    const numbered = contributionFile('numbered.resdraft', '42', '1');
    const open = contributionFile('open.resdraft', '', '');
    before = Math.floor(Date.now() / 1000) * 1000;
    const runs = await Promise.all([
      resdraft(['export', numbered, '-o', files.numbered, '--date', DATE]),
      resdraft(['export', open, '-o', files.open, '--date', DATE]),
      resdraft(['export', numbered, '-o', files.now]),
      previewPdf(preview),
    ]);
    after = Date.now();
    for (const r of runs.slice(0, 3)) expect((r as { stderr: string }).stderr).toBe('');
    looks = runOffice<Look>('look', [...Object.values(files), preview], { timeoutMs: 600_000, env: { ...process.env, TZ: 'UTC' } });
  }, 900_000);

  it('has LibreOffice and python3-uno to run with', () => {
    expect(available, 'install libreoffice-writer-nogui and python3-uno (CI does)').toBe(true);
  });

  it('prints `- N -` and WTDC-25/42(Add.1)-E at the top of every page after the first, and nothing there on the title page', () => {
    const look = looks[files.numbered];
    expect(look.pages).toBeGreaterThan(3);
    expect(look.pageText).toHaveLength(look.pages);
    expect(look.pageText[0][0]).toBe('World Telecommunication Development Conference 2025 (WTDC-25)');
    expect(look.pageText[0].join('\n')).not.toMatch(/^- \d+ -$/m);
    look.pageText.slice(1).forEach((lines, i) => {
      expect(lines.slice(0, 2), `page ${i + 2}`).toEqual([`- ${i + 2} -`, 'WTDC-25/42(Add.1)-E']);
    });
    expect(look.pageText[1]).toContain('MOD TST/42A1/1');
  });

  it('prints an unknown document number as […] in the header', () => {
    const look = looks[files.open];
    expect(look.pageText[1].slice(0, 2)).toEqual(['- 2 -', 'WTDC-25/[…]-E']);
    expect(look.pageText[0]).toContain('Document WTDC-25/[…]-E');
  });

  it('the print preview printed to PDF by Chromium carries the same header on every page after the first', () => {
    const pages = looks[preview].pageText;
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0].join('\n')).not.toMatch(/^- \d+ -$/m);
    expect(pages[0].join('\n')).not.toContain('WTDC-25/42(Add.1)-E');
    pages.slice(1).forEach((lines, i) => {
      expect(lines.slice(0, 2), `preview page ${i + 2}`).toEqual([`- ${i + 2} -`, 'WTDC-25/42(Add.1)-E']);
    });
  });

  it('opens with Track Changes on (RecordChanges)', () => {
    for (const f of Object.values(files)) expect(looks[f].recordChanges, f).toBe(true);
  });

  it('reads revision times that are the export time, never later', () => {
    const given = looks[files.numbered].revisionTimes;
    expect(given.length).toBeGreaterThan(0);
    for (const t of given) expect([DATE, '2025-06-02T08:28:00Z']).toContain(t);
    expect(given).toContain(DATE);
    const now = looks[files.now].revisionTimes;
    expect(now.length).toBe(given.length);
    for (const t of now) {
      expect(Date.parse(t)).toBeLessThanOrEqual(after);
      expect(Date.parse(t)).toBeGreaterThanOrEqual(before - 2 * 60 * 1000 - 1000);
    }
  });
});
