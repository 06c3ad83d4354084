/**
 * Issue 22, point 4: the synoptic .docx of three delegations' Resolution 34 is a compact landscape
 * table, at most 12 pages as LibreOffice lays it out, also when every source's reasons are long
 * (they come once, after the table, instead of in a header row repeated on every page). The page
 * counts are printed for the report.
 */
import { runOffice } from '../lo/driver';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeAvailable } from '../lo/loReadBack';
import { resdraft } from '../support/runCli';
import { writeDelegations } from './sourceFiles';
import { resolution34Drafts } from './synopsisDocxDrafts';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const MAX_PAGES = 12;

const dir = mkdtempSync(join(tmpdir(), 'resdraft-synopsis-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases = [
  { name: 'short reasons', long: false, file: join(dir, 'short.docx') },
  { name: 'long reasons', long: true, file: join(dir, 'long.docx') },
];
const pages = new Map<string, number>();

beforeAll(async () => {
  for (const c of cases) {
    const sources = join(dir, c.long ? 'long' : 'short');
    mkdirSync(sources);
    const files = writeDelegations(sources, '34', resolution34Drafts(c.long).drafts);
    const r = await resdraft(['synopsis', ...files, '-o', c.file, '--date', '2025-06-02T08:30:00Z']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
  if (!available) return;
  const files = runOffice<{ pages: number }>('look', cases.map((c) => c.file), { timeoutMs: 400_000 });
  for (const c of cases) pages.set(c.name, files[c.file].pages);
  console.log(`synoptic .docx of three delegations' Resolution 34 in LibreOffice: ${cases.map((c) => `${pages.get(c.name)} pages (${c.name})`).join(', ')}`);
}, 600_000);

describe('the synoptic .docx of three delegations’ Resolution 34', () => {
  it('is an A4 landscape table: the adopted text and one column per source, the reasons once after the table', () => {
    for (const c of cases) {
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(c.file)))['word/document.xml']);
      const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="landscape"/.exec(xml);
      expect(size, c.name).not.toBeNull();
      expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
      expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
      expect(xml.match(/<w:gridCol /g)).toHaveLength(4);
      const tableEnd = xml.indexOf('</w:tbl>');
      for (const d of resolution34Drafts(c.long).drafts) {
        const reasons = d.reasons;
        expect(xml.split(reasons).length - 1, `${c.name}: ${d.name}'s reasons once`).toBe(1);
        expect(xml.indexOf(reasons), `${c.name}: ${d.name}'s reasons after the table`).toBeGreaterThan(tableEnd);
      }
    }
  });

  it.skipIf(!available && !required)(`is at most ${MAX_PAGES} pages in LibreOffice, with short and with long reasons`, () => {
    expect(available, 'LibreOffice with python3-uno is required here').toBe(true);
    for (const c of cases) expect(pages.get(c.name), c.name).toBeLessThanOrEqual(MAX_PAGES);
  });
});
