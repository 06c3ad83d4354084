import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import { toText } from '../../shared/text/toText';
import { resolutionsIn } from '../lo/loReadBack';
import { resdraft } from '../support/runCli';
import { countMarks, readDocx } from './docxRead';
import { settings } from './handMade';
import { seededDraft } from '../support/randomEdits';
import { draftModel } from '../support/draftModel';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DATE = '2025-02-03T04:05:06Z';

function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const draft34 = seededDraft(corpus.resolution('34'), 34, 8).draft;
const draftFile = write('res34-draft.txt', toText(draft34));

describe('npx resdraft export', () => {
  it('exports a draft whose number line names a bundled resolution, without --baseline', async () => {
    const out = join(dir, 'res34.docx');
    const r = await resdraft(['export', draftFile, '-o', out, '--date', DATE, '--reasons', 'To bring it up to date.']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*res34\.docx \(docx, \d+ bytes; 1 proposal: MOD\)\n$/);
    const bytes = bytesOf(out);
    expect(resolutionsIn(readDocx(bytes, 'accept'))).toEqual([toText(draft34)]);
    expect(resolutionsIn(readDocx(bytes, 'reject'))).toEqual([corpus.text('34')]);
    expect(readDocx(bytes, 'asIs').paragraphs).toContain('Reasons:\tTo bring it up to date.');
    expect(countMarks(bytes).ins).toBeGreaterThan(0);
  });

  it('takes --baseline as a number or a file, and --clean drops the marks', async () => {
    // a resolution that is not bundled (Resolution 340): its adopted text comes from a file
    const other = write('renumbered.txt', toText(draft34).replace(/^RESOLUTION 34/, 'RESOLUTION 340'));
    const base340 = corpus.text('34').replace(/^RESOLUTION 34/, 'RESOLUTION 340');
    const baseFile = write('base340.txt', base340);
    const [missing, byNumber, byFile, clean, wrongNumber] = await Promise.all([
      resdraft(['export', other, '-o', join(dir, 'x.docx')]),
      resdraft(['export', draftFile, '--baseline', '34', '-o', join(dir, 'by-number.docx'), '--date', DATE]),
      resdraft(['export', other, '--baseline', baseFile, '-o', join(dir, 'by-file.docx'), '--date', DATE]),
      resdraft(['export', draftFile, '--clean', '-o', join(dir, 'clean.docx'), '--date', DATE]),
      // a draft of Resolution 45 against Resolution 34 would mark one resolution as replacing another
      resdraft(['export', write('draft-of-45.txt', corpus.text('45')), '--baseline', '34', '-o', join(dir, 'wrong-number.docx'), '--date', DATE]),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('names no bundled resolution; give the adopted text with --baseline <n|file>');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    for (const r of [byNumber, byFile, clean]) expect(r.code, r.stderr).toBe(0);
    expect(wrongNumber.code).toBe(2);
    expect(wrongNumber.stderr).toContain('its number line names Resolution 45');
    expect(existsSync(join(dir, 'wrong-number.docx'))).toBe(false);
    // Resolution 34's text renumbered to 340, a number the edition does not hold: a renumbering, exported with its number line marked
    const renumbering = await resdraft(['export', other, '--baseline', '34', '-o', join(dir, 'renumbered.docx'), '--date', DATE]);
    expect(renumbering.code, renumbering.stderr).toBe(0);
    expect(resolutionsIn(readDocx(bytesOf(join(dir, 'renumbered.docx')), 'reject'))).toEqual([corpus.text('34')]);
    const rejected = resolutionsIn(readDocx(bytesOf(join(dir, 'by-file.docx')), 'reject'));
    expect(rejected).toEqual([base340]);
    expect(readFileSync(join(dir, 'by-number.docx')).length).toBeGreaterThan(0);
    const cleanBytes = bytesOf(join(dir, 'clean.docx'));
    expect(countMarks(cleanBytes)).toEqual({ ins: 0, del: 0 });
    expect(resolutionsIn(readDocx(cleanBytes, 'asIs'))).toEqual([toText(draft34)]);
  });

  it('exports a contribution file: cover settings, numbered proposals, HTML preview by extension', async () => {
    const c = newContribution(2025);
    c.settings = settings();
    const d5 = seededDraft(corpus.resolution('5'), 5, 6).draft;
    c.proposals = [
      { id: 'a', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'auto', draft: d5, reasons: 'Five.' },
      { id: 'b', baseline: { edition: 'kigali-2022', number: '18' }, symbol: 'SUP', draft: draftModel(corpus.text('18')), reasons: 'Done.' },
      { id: 'c', baseline: { edition: 'kigali-2022', number: '30' }, symbol: 'auto', draft: draftModel(corpus.text('30')), reasons: 'Still valid.' },
      { id: 'd', baseline: null, symbol: 'auto', draft: draftModel('DRAFT NEW RESOLUTION [ACP-1]\nA new title\nThe World Telecommunication Development Conference (Baku, 2025),\nconsidering\na)\tthat something is new,\nresolves\nto act.\n'), reasons: 'New.' },
    ];
    const file = write('apt.resdraft', JSON.stringify(c));
    const [docx, html] = await Promise.all([
      resdraft(['export', file, '-o', join(dir, 'apt.docx'), '--date', DATE]),
      resdraft(['export', file, '-o', join(dir, 'apt.html'), '--date', DATE]),
    ]);
    expect(docx.code, docx.stderr).toBe(0);
    expect(docx.stdout).toContain('4 proposals: MOD SUP NOC ADD');
    const paras = readDocx(bytesOf(join(dir, 'apt.docx')), 'asIs').paragraphs;
    expect(paras.filter((p) => /^(MOD|SUP|NOC|ADD)\t/.test(p))).toEqual(['MOD\tACP/23A1/1', 'SUP\tACP/23A1/2', 'NOC\tACP/23A1/3', 'ADD\tACP/23A1/4']);
    expect(paras).toContain('Addendum 1 to Document WTDC-25/23-E');
    expect(resolutionsIn(readDocx(bytesOf(join(dir, 'apt.docx')), 'accept'))[0]).toBe(toText(d5));
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(join(dir, 'apt.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<ins>');
  });

  it('names the problem and writes nothing when an input is bad', async () => {
    const out = join(dir, 'keep.docx');
    writeFileSync(out, 'an earlier export');
    const broken = write('broken.txt', 'RESOLUTION 34 (Rev. Kigali, 2022)\nTitle\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nb)\tout of order;\n');
    const c = newContribution(2025);
    c.proposals = [
      { id: 'a', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'auto', draft: draftModel(corpus.text('5')), reasons: '' },
      { id: 'b', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: draftModel('RESOLUTION 34\nno calls\n'), reasons: '' },
    ];
    const badContribution = write('bad.resdraft', JSON.stringify(c));
    const before = readdirSync(dir).sort();
    const [parse, contrib, noOutput, noInput, overInput, withBaseline, noFolder] = await Promise.all([
      resdraft(['export', broken, '-o', out]),
      resdraft(['export', badContribution, '-o', out]),
      resdraft(['export', draftFile]),
      resdraft(['export', join(dir, 'missing.txt'), '-o', out]),
      resdraft(['export', draftFile, '-o', draftFile]),
      resdraft(['export', badContribution, '--baseline', '34', '-o', out]),
      resdraft(['export', draftFile, '-o', join(dir, 'no-such-folder', 'x.docx')]),
    ]);
    expect(parse.code).toBe(2);
    expect(parse.stderr).toMatch(/broken\.txt: line 5: label "b\)" out of sequence/);
    expect(contrib.code).toBe(2);
    expect(contrib.stderr).toMatch(/proposal 2 \(Resolution 34\): the draft is not finished: the conference line is empty/);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('missing -o <out.docx>');
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toContain('missing.txt: no such file');
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain('refusing to write the export over its own input');
    expect(readFileSync(draftFile, 'utf8')).toBe(toText(draft34));
    expect(withBaseline.code).toBe(2);
    expect(withBaseline.stderr).toContain('--baseline is for a single draft');
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('does not exist');
    expect(readFileSync(out, 'utf8')).toBe('an earlier export');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('documents itself in --help and in the command list', async () => {
    const [help, list] = await Promise.all([resdraft(['export', '--help']), resdraft(['--help'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('resdraft export <draft.txt | contribution.resdraft> [--baseline <n|file>] -o <out.docx> [--clean]');
    expect(help.stdout).toContain('Accept All in Word or LibreOffice gives the draft, Reject All the adopted text.');
    expect(list.stdout).toMatch(/export\s+write a contribution as \.docx with Word revision marks/);
  });
});
