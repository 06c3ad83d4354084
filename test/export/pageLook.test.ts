/**
 * What goes out looks like ITU's own document: the page header (`- N -` and the document
 * reference) on every page after the title page, in every section; Track Changes on; revision
 * times that are the export time and never later; no revision on a paragraph that did not change.
 */
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { toDocx } from '../../main/services/docx/toDocx';
import type { ContributionSettings } from '../../shared/contribution/schema';
import { compare } from '../../shared/engine/compare';
import { documentReference } from '../../shared/export/coverLines';
import type { ExportProposal } from '../../shared/export/exportTypes';
import { assertWellFormedDocx } from '../support/strictXml';
import { TARGETED } from '../lo/targetedCases';
import { docxParts } from './docxRead';
import { settings } from './handMade';

const corpus = new Corpus();
const DATE = '2025-06-02T08:30:00Z';

function withDocument(documentNumber: string, addendumNumber: string, language: ContributionSettings['language'] = 'en'): ContributionSettings {
  const s = settings();
  s.documentNumber = documentNumber;
  s.addendumNumber = addendumNumber;
  s.language = language;
  return s;
}

/** Proposals on Resolutions 34, 5 and 17: MOD with the first targeted edit, the others unchanged. */
function proposals(): ExportProposal[] {
  return ['34', '5', '17'].map((n, i) => {
    const draft = corpus.resolution(n);
    if (i === 0) TARGETED[0].edit(draft);
    return { symbol: i === 0 ? 'MOD' : 'NOC', number: `TST/42A1/${i + 1}`, changes: compare(corpus.resolution(n), draft), reasons: 'r' };
  });
}

function header(files: Record<string, Uint8Array>, rels: string, id: string): string {
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const name = `word/${target?.[1] ?? target?.[2]}`;
  expect(files[name], name).toBeDefined();
  return strFromU8(files[name]);
}

/** The visible text of a header part: its w:t runs, with the PAGE field as `{PAGE}`. */
function headerText(xml: string): string[] {
  return xml
    .split('</w:p>')
    .slice(0, -1)
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:instrText[^>]*>\s*(PAGE)\s*<\/w:instrText>/g)].map((m) => (m[2] ? '{PAGE}' : m[1])).join(''));
}

describe('the page header', () => {
  it('gives the document reference from conference, document, addendum and language', () => {
    expect(documentReference(withDocument('42', '1'))).toBe('WTDC-25/42(Add.1)-E');
    expect(documentReference(withDocument('42', ''))).toBe('WTDC-25/42-E');
    expect(documentReference(withDocument('42', '2', 'fr'))).toBe('WTDC-25/42(Add.2)-F');
    expect(documentReference(withDocument('', '1'))).toBe('WTDC-25/[…](Add.1)-E');
    const s = withDocument('7', '');
    s.conference = { ...s.conference, name: 'World Telecommunication Development Conference', year: 2029 };
    expect(documentReference(s)).toBe('WTDC-29/7-E');
  });

  it('is on every page after the first, in every section: `- PAGE -` then the reference; the title page has none', async () => {
    const bytes = await toDocx({ settings: withDocument('42', '1'), proposals: proposals() }, { date: DATE });
    const files = assertWellFormedDocx(bytes);
    const { document } = docxParts(bytes);
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    const sections = [...document.matchAll(/<w:sectPr\b[^>]*>(.*?)<\/w:sectPr>/g)].map((m) => m[1]);
    expect(sections).toHaveLength(4); // the cover and one per proposal
    sections.forEach((sect, i) => {
      const def = /<w:headerReference w:type="default" r:id="([^"]+)"\/>/.exec(sect);
      expect(def, `section ${i + 1} carries the page header`).not.toBeNull();
      expect(headerText(header(files, rels, def![1]))).toEqual(['- {PAGE} -', 'WTDC-25/42(Add.1)-E']);
    });
    const cover = sections[0];
    expect(cover).toContain('<w:titlePg/>');
    const first = /<w:headerReference w:type="first" r:id="([^"]+)"\/>/.exec(cover);
    expect(first).not.toBeNull();
    expect(headerText(header(files, rels, first![1])).join('')).toBe('');
    for (const sect of sections.slice(1)) expect(sect).not.toContain('<w:titlePg/>');
  });

  it('prints an unknown document number as […], as the cover does', async () => {
    const bytes = await toDocx({ settings: withDocument('', ''), proposals: proposals().slice(0, 1) }, { date: DATE });
    const files = assertWellFormedDocx(bytes);
    const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => headerText(strFromU8(files[n])));
    expect(headers).toContainEqual(['- {PAGE} -', 'WTDC-25/[…]-E']);
    expect(docxParts(bytes).document).toContain('Document WTDC-25/[…]-E');
  });
});

describe('document settings', () => {
  it('switch Track Changes on', async () => {
    const bytes = await toDocx({ settings: settings(), proposals: proposals() }, { date: DATE });
    expect(docxParts(bytes).settings).toMatch(/<w:trackRevisions\/>/);
  });
});

describe('revision times', () => {
  const touching = TARGETED.find((t) => t.name === 'one item added at the end of a list')!;
  function touchingExport(date?: string): Promise<Uint8Array> {
    const draft = corpus.resolution('34');
    touching.edit(draft);
    return toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: '1', changes: compare(corpus.resolution('34'), draft), reasons: '' }] }, date === undefined ? {} : { date });
  }
  const datesOf = (bytes: Uint8Array): string[] => [...docxParts(bytes).document.matchAll(/ w:date="([^"]+)"/g)].map((m) => m[1]);

  it('are the export time, and never later, also where LibreOffice would merge two insertions', async () => {
    const dates = datesOf(await touchingExport(DATE));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    for (const d of dates) expect(Date.parse(d)).toBeLessThanOrEqual(Date.parse(DATE));
    // the export time, or (the paragraph after a touching insertion) two minutes before it
    expect(new Set(dates)).toEqual(new Set([DATE, '2025-06-02T08:28:00Z']));
    // the earlier time only in the paragraph after the touching pair: the inserted item
    const paragraphs = docxParts(await touchingExport(DATE)).document.split('</w:p>');
    const earlier = paragraphs.filter((p) => p.includes('w:date="2025-06-02T08:28:00Z"'));
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toContain('that meaningful connectivity saves lives,');
    expect(earlier[0]).not.toContain(DATE);
  });

  it('are all exactly the export time where no two insertions touch', async () => {
    const draft = corpus.resolution('34');
    TARGETED[0].edit(draft);
    const bytes = await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: '1', changes: compare(corpus.resolution('34'), draft), reasons: '' }] }, { date: DATE });
    expect(new Set(datesOf(bytes))).toEqual(new Set([DATE]));
  });

  it('default to now: no revision is stamped after the export was written', async () => {
    const bytes = await touchingExport();
    const after = Date.now();
    for (const d of datesOf(bytes)) expect(Date.parse(d)).toBeLessThanOrEqual(after);
  });
});
