import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportContribution } from '../../shared/export/exportTypes';
import { ExportFileError, exportContributionToFile, exportToFile, formatForPath } from '../../main/services/exportFile';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import { ProposalExportError } from '../../shared/export/fromContribution';
import { toDocx } from '../../main/services/docx/toDocx';
import { readDocx } from './docxRead';
import { assertWellFormedDocx } from '../support/strictXml';
import { changeSet, del, eq, head, ins, kept, settings } from './handMade';
import { draftModel } from '../support/draftModel';

const contribution: ExportContribution = {
  settings: settings(),
  proposals: [{ symbol: 'MOD', number: 'ACP/23A1/1', reasons: 'r', changes: changeSet([...head(), kept('call', [eq('considering')]), kept('paragraph', [eq('the '), del('old'), ins('new'), eq('.')])]) }],
};

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function folder(): string {
  const f = mkdtempSync(join(tmpdir(), 'resdraft-exportfile-'));
  folders.push(f);
  return f;
}

describe('exportToFile', () => {
  it('prints the HTML preview to PDF with the host\'s printer, and refuses PDF without one', async () => {
    const dir = folder();
    const seen: string[] = [];
    const printPdf = async (html: string): Promise<Uint8Array> => {
      seen.push(html);
      return new TextEncoder().encode('%PDF-1.7 fake');
    };
    const done = await exportToFile(join(dir, 'out.pdf'), contribution, { printPdf });
    expect(done).toMatchObject({ format: 'pdf', bytes: 13 });
    expect(readFileSync(join(dir, 'out.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(seen[0]).toContain('<del>old</del><ins>new</ins>');
    await expect(exportToFile(join(dir, 'none.pdf'), contribution)).rejects.toThrow(ExportFileError);
    await expect(exportToFile(join(dir, 'none.pdf'), contribution)).rejects.toThrow('PDF export needs the desktop app');
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
    expect(formatForPath('x.PDF')).toBe('pdf');
  });

  it('writes the .docx and leaves no temporary file behind', async () => {
    const dir = folder();
    const target = join(dir, 'out.docx');
    const done = await exportToFile(target, contribution, { date: '2025-01-01T00:00:00Z' });
    expect(done).toMatchObject({ path: target, format: 'docx' });
    expect(readdirSync(dir)).toEqual(['out.docx']);
    const bytes = new Uint8Array(readFileSync(target));
    expect(done.bytes).toBe(bytes.length);
    expect(readDocx(bytes, 'accept').paragraphs).toContain('the new.');
  });

  it('writes the HTML preview for an .html target', async () => {
    const dir = folder();
    const target = join(dir, 'out.html');
    await exportToFile(target, contribution, { date: '2025-01-01T00:00:00Z' });
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<del>old<\/del><ins>new<\/ins>/);
  });

  it('leaves an existing file untouched and no half file when the export fails', async () => {
    const dir = folder();
    const target = join(dir, 'out.docx');
    writeFileSync(target, 'previous export');
    await expect(exportToFile(target, contribution, { date: 'not a date' })).rejects.toThrow(/invalid export date/);
    expect(readFileSync(target, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['out.docx']);
  });

  it('refuses to write over its input, into a missing folder or over a folder', async () => {
    const dir = folder();
    const input = join(dir, 'draft.txt');
    writeFileSync(input, 'the draft');
    await expect(exportToFile(input, contribution, { format: 'docx' }, [input])).rejects.toThrow(ExportFileError);
    expect(readFileSync(input, 'utf8')).toBe('the draft');
    await expect(exportToFile(join(dir, 'nope', 'out.docx'), contribution)).rejects.toThrow(/folder .*nope does not exist/);
    mkdirSync(join(dir, 'sub.docx'));
    await expect(exportToFile(join(dir, 'sub.docx'), contribution)).rejects.toThrow(/it is a folder/);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('writes through a symlink to its target and keeps the link; refuses a FIFO and a contribution file as target', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.docx'), 'old');
    symlinkSync('real.docx', join(dir, 'link.docx'));
    await exportToFile(join(dir, 'link.docx'), contribution, { date: '2025-01-01T00:00:00Z' });
    expect(lstatSync(join(dir, 'link.docx')).isSymbolicLink()).toBe(true);
    expect(readDocx(new Uint8Array(readFileSync(join(dir, 'real.docx'))), 'accept').paragraphs).toContain('the new.');
    execFileSync('mkfifo', [join(dir, 'pipe.docx')]);
    await expect(exportToFile(join(dir, 'pipe.docx'), contribution)).rejects.toThrow(/it is a device or a FIFO, not a file/);
    expect(lstatSync(join(dir, 'pipe.docx')).isFIFO()).toBe(true);
    const c = newContribution(2025);
    writeFileSync(join(dir, 'c.resdraft'), JSON.stringify(c));
    symlinkSync('c.resdraft', join(dir, 'c.docx'));
    await expect(exportToFile(join(dir, 'c.docx'), contribution)).rejects.toThrow(/it is a contribution file, which an export never replaces/);
    expect(JSON.parse(readFileSync(join(dir, 'c.resdraft'), 'utf8'))).toEqual(c);
  });

  it('U+FFFE / U+FFFF anywhere would make the document unreadable: refused with the place, nothing written', async () => {
    const broken: ExportContribution = structuredClone(contribution);
    broken.proposals[0].reasons = 'r\uFFFE';
    // the strict parser every test export goes through does catch the broken part
    await expect(toDocx(broken).then((b) => assertWellFormedDocx(b))).rejects.toThrow(/word\/document\.xml is not well-formed XML/);
    const dir = folder();
    await expect(exportToFile(join(dir, 'r.docx'), broken)).rejects.toThrow('proposal ACP/23A1/1, reasons: character U+FFFE (a noncharacter) at column 2 cannot be written to a Word document; remove it');
    const cover: ExportContribution = structuredClone(contribution);
    cover.settings.cover.title = '\uFFFF';
    await expect(exportToFile(join(dir, 'c.html'), cover)).rejects.toThrow(/^cover field "title": character U\+FFFF/);
    const draft: ExportContribution = structuredClone(contribution);
    draft.proposals[0].changes.rows[draft.proposals[0].changes.rows.length - 1].spans[1].text = 'o\uFFFEld';
    await expect(exportToFile(join(dir, 'd.docx'), draft)).rejects.toThrow(/^proposal ACP\/23A1\/1, the draft: character U\+FFFE/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('picks the format from the extension', () => {
    expect(formatForPath('a/b.docx')).toBe('docx');
    expect(formatForPath('a/b.HTML')).toBe('html');
    expect(formatForPath('a/b.htm')).toBe('html');
    expect(formatForPath('a/b')).toBe('docx');
  });
});

describe('exportContributionToFile', () => {
  it('compares each proposal with its bundled baseline and writes the contribution', async () => {
    const corpus = new Corpus();
    const c = newContribution(2025);
    c.settings = settings();
    c.proposals = [{ id: 'a', baseline: { edition: 'kigali-2022', number: '36' }, symbol: 'auto', draft: draftModel(corpus.text('36').replaceAll('Kigali, 2022', 'Baku, 2025')), reasons: 'r' }];
    const dir = folder();
    const target = join(dir, 'c.docx');
    await exportContributionToFile(target, c, { date: '2025-01-01T00:00:00Z' }, corpus);
    const bytes = new Uint8Array(readFileSync(target));
    expect(readDocx(bytes, 'accept').paragraphs).toContain('RESOLUTION 36 (Rev.\u00A0Baku, 2025)');
    expect(readDocx(bytes, 'reject').paragraphs).toContain('RESOLUTION 36 (Rev.\u00A0Kigali, 2022)');
    expect(readDocx(bytes, 'asIs').paragraphs).toContain('MOD\tACP/23A1/1');
  });

  it('names the place of a character Word cannot hold: the proposal, the item and the call', async () => {
    const corpus = new Corpus();
    const c = newContribution(2025);
    c.proposals = [{ id: 'a', baseline: { edition: 'kigali-2022', number: '36' }, symbol: 'auto', draft: draftModel(corpus.text('36').replace('\na)\t', '\na)\t\uFFFF')), reasons: '' }];
    const dir = folder();
    await expect(exportContributionToFile(join(dir, 'c.docx'), c, {}, corpus)).rejects.toThrow(/^proposal 1 \(Resolution 36\), draft: item "a\)" under "[^"]+": character U\+FFFF \(a noncharacter\) at column 1 /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the proposal whose draft does not parse and writes nothing', async () => {
    const c = newContribution(2025);
    c.proposals = [{ id: 'a', baseline: { edition: 'kigali-2022', number: '36' }, symbol: 'auto', draft: draftModel('not a resolution\n'), reasons: '' }];
    const dir = folder();
    await expect(exportContributionToFile(join(dir, 'c.docx'), c)).rejects.toThrow(ProposalExportError);
    await expect(exportContributionToFile(join(dir, 'c.docx'), c)).rejects.toThrow(/^proposal 1 \(Resolution 36\): the draft is not finished: the number line "not a resolution" is not a number line/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
