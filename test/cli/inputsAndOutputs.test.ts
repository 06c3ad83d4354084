/**
 * Issue 10, points 4 and 5, through the real bin: every reproduction of the issue (inputs that
 * hang, grow or are silently altered; exports that replace their own input) as a CLI run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, linkSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import { draftModel } from '../support/draftModel';
import { readDocx } from '../export/docxRead';
import { resolutionsIn } from '../lo/loReadBack';
import { resdraftWith } from '../support/runCli';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-io-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SLOW = 900_000;

const BASE = corpus.text('34');
const DRAFT = BASE.replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)').replace('considering', 'considering further');

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

function contributionJson(reasons = 'To bring it up to date.', draft = DRAFT): string {
  const c = newContribution(2025);
  c.proposals = [{ id: 'a', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: draftModel(draft), reasons }];
  return JSON.stringify(c, null, 2);
}

const bytesOf = (p: string): Buffer => readFileSync(p);

/** Windows-1252 bytes of a text that holds only Latin-1 characters and the curly quotes and dashes. */
function cp1252(s: string): Buffer {
  const extra: Record<string, number> = { '\u201C': 0x93, '\u201D': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u2019': 0x92 };
  return Buffer.from([...s].map((ch) => extra[ch] ?? ch.charCodeAt(0)));
}

describe('resdraft export never writes over what it reads', () => {
  it('refuses the three reproductions of the issue with exit 2 and leaves each input byte for byte', async () => {
    const contribution = file('a.resdraft', contributionJson());
    const draft = file('d.txt', DRAFT);
    const baseline = file('b.txt', BASE);
    const before = [contribution, draft, baseline].map(bytesOf);
    const [hash, withBaseline, stdin] = await Promise.all([
      resdraftWith(['export', `${contribution}#34`, '-o', contribution]),
      resdraftWith(['export', draft, '--baseline', baseline, '-o', baseline]),
      resdraftWith(['export', '-', '-o', draft], { stdinPath: draft }),
    ]);
    for (const r of [hash, withBaseline, stdin]) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(hash.stderr).toContain('refusing to write the export over its own input "a.resdraft"');
    expect(withBaseline.stderr).toContain('refusing to write the export over its own input "b.txt"');
    expect(stdin.stderr).toContain('is the file redirected to standard input; choose another output file');
    [contribution, draft, baseline].forEach((p, i) => expect(bytesOf(p).equals(before[i]), p).toBe(true));
  }, SLOW);

  it('refuses a symlink or a hard link to an input, a contribution file and a FIFO as output', async () => {
    const draft = file('d2.txt', DRAFT);
    symlinkSync('d2.txt', join(dir, 'link-to-draft.docx'));
    linkSync(draft, join(dir, 'hard-draft.docx'));
    const other = file('other.resdraft', contributionJson());
    execFileSync('mkfifo', [join(dir, 'out.fifo')]);
    const before = [draft, other].map(bytesOf);
    const [soft, hard, contrib, fifo] = await Promise.all([
      resdraftWith(['export', draft, '-o', join(dir, 'link-to-draft.docx')]),
      resdraftWith(['export', draft, '-o', join(dir, 'hard-draft.docx')]),
      resdraftWith(['export', draft, '-o', other]),
      resdraftWith(['export', draft, '-o', join(dir, 'out.fifo')], { timeoutMs: 180_000 }),
    ]);
    for (const r of [soft, hard, contrib, fifo]) expect(r.code, r.stderr).toBe(2);
    expect(soft.stderr).toMatch(/refusing to write the export over its own input "d2\.txt" \(.*link-to-draft\.docx" \(a link to .*d2\.txt\) is the same file as .*d2\.txt\)/);
    expect(hard.stderr).toContain('refusing to write the export over its own input "d2.txt"');
    expect(contrib.stderr).toContain('it is a contribution file, which an export never replaces');
    expect(fifo.stderr).toContain('it is a device or a FIFO, not a file');
    [draft, other].forEach((p, i) => expect(bytesOf(p).equals(before[i]), p).toBe(true));
    expect(lstatSync(join(dir, 'link-to-draft.docx')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'out.fifo')).isFIFO()).toBe(true);
  }, SLOW);

  it('refuses to write into the adopted texts: the bundled editions and an imported edition (exit 2, nothing created)', async () => {
    const draft = file('d3.txt', DRAFT);
    const bundled = join(import.meta.dirname, '../../resources/baseline/kigali-2022/out.docx');
    const data = join(dir, 'data');
    const editions = join(data, '.state', 'editions', 'baku-2025');
    mkdirSync(editions, { recursive: true });
    const imported = join(editions, 'res-34.docx');
    const previous = process.env.RESDRAFT_DATA_DIR;
    process.env.RESDRAFT_DATA_DIR = data;
    try {
      const [a, b] = await Promise.all([resdraftWith(['export', draft, '-o', bundled]), resdraftWith(['export', draft, '-o', imported])]);
      expect(a.code, a.stderr).toBe(2);
      expect(a.stderr).toContain('refusing to write the export into the folder of the bundled editions');
      expect(b.code, b.stderr).toBe(2);
      expect(b.stderr).toContain('refusing to write the export into the folder of the imported editions');
    } finally {
      if (previous === undefined) delete process.env.RESDRAFT_DATA_DIR;
      else process.env.RESDRAFT_DATA_DIR = previous;
      const leaked = existsSync(bundled);
      rmSync(bundled, { force: true });
      expect(leaked).toBe(false);
    }
    expect(existsSync(imported)).toBe(false);
  }, SLOW);

  it('writes through a symlink to the file it names and keeps the link', async () => {
    const draft = file('d3.txt', DRAFT);
    const real = file('real.docx', 'an earlier export');
    symlinkSync('real.docx', join(dir, 'latest.docx'));
    const r = await resdraftWith(['export', draft, '-o', join(dir, 'latest.docx'), '--date', '2025-01-01T00:00:00Z']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'latest.docx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'latest.docx'))).toBe('real.docx');
    expect(resolutionsIn(readDocx(new Uint8Array(bytesOf(real)), 'accept'))).toEqual([DRAFT]);
  }, SLOW);
});

describe('resdraft refuses inputs that are no files, before reading them', () => {
  it('a FIFO, /dev/zero (as operand and as standard input), a 100 MB file and a folder: exit 2, quickly, no hang', async () => {
    const fifo = join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const big = file('big.txt', '');
    truncateSync(big, 100 * 1024 * 1024);
    const [pipe, zero, zeroIn, huge, folder] = await Promise.all([
      resdraftWith(['compare', '34', fifo], { timeoutMs: 180_000 }),
      resdraftWith(['compare', '34', '/dev/zero'], { timeoutMs: 180_000 }),
      resdraftWith(['compare', '34', '-'], { stdinPath: '/dev/zero', timeoutMs: 180_000 }),
      resdraftWith(['export', big, '-o', join(dir, 'big.docx')], { timeoutMs: 180_000 }),
      resdraftWith(['compare', '34', dir], { timeoutMs: 180_000 }),
    ]);
    for (const r of [pipe, zero, zeroIn, huge, folder]) {
      expect(r.timedOut, r.stderr).toBe(false);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    }
    expect(pipe.stderr).toContain('in.fifo: it is a FIFO (named pipe), not a file');
    expect(zero.stderr).toContain('/dev/zero: it is a device, not a file');
    expect(zeroIn.stderr).toContain('standard input: more than 16.0 MB');
    expect(huge.stderr).toContain('big.txt: it is 100.0 MB');
    expect(huge.stderr).toContain('nothing was read');
    expect(folder.stderr).toContain('it is a folder, not a file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, SLOW);
});

describe('resdraft reads every text the same way: encodings, line ends, blank lines', () => {
  const latin = DRAFT.replace('considering further', 'considérant');
  const latinSafe = [...latin].map((ch) => (ch.charCodeAt(0) < 256 ? ch : ' ')).join('');
  const utf16le = Buffer.from(DRAFT, 'utf16le');
  const curly = latinSafe.replace('considérant', 'considérant “further” – now');

  it('decodes Latin-1, Windows-1252 and UTF-16 (LE/BE, with or without BOM) with a notice; the text is the same', async () => {
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['latin1.txt', Buffer.from(latinSafe, 'latin1'), latinSafe, /latin1\.txt: not UTF-8; decoded as Latin-1\/Windows-1252 \(line \d+ reads "considérant"\)/],
      ['cp1252.txt', cp1252(curly), curly, /cp1252\.txt: not UTF-8; decoded as Latin-1\/Windows-1252 \(line \d+ reads "considérant"\)/],
      ['u16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), DRAFT, /u16le\.txt: decoded from UTF-16LE; the text itself is unchanged/],
      ['u16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()]), DRAFT, /u16be\.txt: decoded from UTF-16BE;/],
      ['u16le-nobom.txt', utf16le, DRAFT, /u16le-nobom\.txt: decoded from UTF-16LE \(no byte-order mark\)/],
      ['u16be-nobom.txt', Buffer.from(utf16le).swap16(), DRAFT, /u16be-nobom\.txt: decoded from UTF-16BE \(no byte-order mark\)/],
    ];
    const runs = await Promise.all(cases.map(([name, data]) => resdraftWith(['compare', '34', file(name, data)])));
    runs.forEach((r, i) => {
      const [name, , text, notice] = cases[i];
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, name).toMatch(notice);
      expect(r.stderr.startsWith('notice: '), name).toBe(true);
      expect(acceptAll(r.stdout), name).toBe(text);
      expect(rejectAll(r.stdout), name).toBe(BASE);
    });
  }, SLOW);

  it('refuses UTF-32, a Cyrillic code page and UTF-8 mixed with Latin-1 with a message naming the encoding or the byte', async () => {
    const u32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Array.from(DRAFT).flatMap((c) => { const n = c.codePointAt(0)!; return [n & 0xff, (n >> 8) & 0xff, 0, 0]; }))]);
    const cyr = Buffer.concat([Buffer.from('RESOLUTION 34 (Rev. Baku, 2025)\nA title\nThe World Telecommunication Development Conference (Baku, 2025),\n'), Buffer.from([0xf0, 0xe0, 0xf1, 0xf1, 0xec, 0xe0, 0xf2, 0xf0, 0xe8, 0xe2, 0xe0, 0xff, 0x0a])]);
    const mixed = Buffer.concat([Buffer.from(DRAFT), Buffer.from([0xe9, 0x0a])]);
    const [a, b, c] = await Promise.all([
      resdraftWith(['compare', '34', file('u32.txt', u32)]),
      resdraftWith(['compare', '34', file('cyr.txt', cyr)]),
      resdraftWith(['export', file('mixed.txt', mixed), '-o', join(dir, 'mixed.docx')]),
    ]);
    for (const r of [a, b, c]) expect(r.code, r.stderr).toBe(2);
    expect(a.stderr).toContain('u32.txt: is UTF-32LE text, which is not read here; save it as UTF-8');
    expect(b.stderr).toMatch(/cyr\.txt: is not UTF-8 \(bytes 0xF0 0xE0 0xF1… on line 4\) and does not read as Latin-1\/Windows-1252/);
    expect(c.stderr).toMatch(/mixed\.txt: mixes UTF-8 with another encoding: byte 0xE9 on line \d+/);
  }, SLOW);

  it('reads CR LF text (a file and standard input) and trailing blank lines; CR LF is announced', async () => {
    const crlf = file('crlf.txt', DRAFT.replace(/\n/g, '\r\n'));
    const blank = file('blank.txt', `${DRAFT}\n\n   \n`);
    const [fromFile, fromStdin, trailing, exported] = await Promise.all([
      resdraftWith(['compare', '34', crlf]),
      resdraftWith(['compare', '34', '-'], { stdinPath: crlf }),
      resdraftWith(['compare', '34', blank]),
      resdraftWith(['export', crlf, '-o', join(dir, 'crlf.docx'), '--date', '2025-01-01T00:00:00Z']),
    ]);
    for (const r of [fromFile, fromStdin, trailing, exported]) expect(r.code, r.stderr).toBe(0);
    expect(fromFile.stderr).toBe('notice: crlf.txt: Windows line ends (CR LF) read as plain line ends (LF)\n'.replace('crlf.txt', crlf));
    expect(fromStdin.stderr).toBe('notice: standard input: Windows line ends (CR LF) read as plain line ends (LF)\n');
    expect(trailing.stderr).toBe('');
    for (const r of [fromFile, fromStdin, trailing]) expect(acceptAll(r.stdout)).toBe(DRAFT);
    expect(resolutionsIn(readDocx(new Uint8Array(bytesOf(join(dir, 'crlf.docx'))), 'accept'))).toEqual([DRAFT]);
  }, SLOW);

  it('a Latin-1 or UTF-16 contribution file keeps its accented characters (announced), never U+FFFD', async () => {
    const json = contributionJson('Développement durable.');
    const escaped = json.replace(/[^ -\u00FF\t\n]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const latin1 = file('latin1.resdraft', Buffer.from(escaped, 'latin1'));
    const utf16 = file('utf16.resdraft', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const [a, b, c] = await Promise.all([
      resdraftWith(['export', latin1, '-o', join(dir, 'latin1.docx'), '--date', '2025-01-01T00:00:00Z']),
      resdraftWith(['export', utf16, '-o', join(dir, 'utf16.docx'), '--date', '2025-01-01T00:00:00Z']),
      resdraftWith(['compare', '34', `${latin1}#34`]),
    ]);
    for (const r of [a, b, c]) expect(r.code, r.stderr).toBe(0);
    expect(a.stderr).toMatch(/^notice: latin1\.resdraft: not UTF-8; decoded as Latin-1\/Windows-1252 \(line \d+ reads "Développement"\)/);
    expect(b.stderr).toMatch(/^notice: utf16\.resdraft: decoded from UTF-16LE/);
    expect(c.stderr).toMatch(/decoded as Latin-1\/Windows-1252/);
    for (const out of ['latin1.docx', 'utf16.docx']) {
      const paras = readDocx(new Uint8Array(bytesOf(join(dir, out))), 'asIs').paragraphs;
      expect(paras, out).toContain('Reasons:\tDéveloppement durable.');
      expect(paras.join('\n'), out).not.toContain('\uFFFD');
    }
  }, SLOW);
});

describe('resdraft refuses characters a Word document cannot hold, naming the place', () => {
  it('U+FFFE / U+FFFF in a draft, a cover field, reasons or --reasons: exit 2, nothing written', async () => {
    const draftText = file('fffe.txt', DRAFT.replace('considering further', 'considering\uFFFE further'));
    const inDraft = file('in-draft.resdraft', contributionJson('ok', DRAFT.replace('considering further', 'considering \uFFFF further')));
    const inReasons = file('in-reasons.resdraft', contributionJson('Because\uFFFE.'));
    const c = JSON.parse(contributionJson());
    c.settings.cover.summary = 'A summary \uFFFF';
    const inCover = file('in-cover.resdraft', JSON.stringify(c));
    const clean = file('clean.txt', DRAFT);
    const outs = ['o1', 'o2', 'o3', 'o4', 'o5'].map((n) => join(dir, `${n}.docx`));
    const runs = await Promise.all([
      resdraftWith(['export', draftText, '-o', outs[0]]),
      resdraftWith(['export', inDraft, '-o', outs[1]]),
      resdraftWith(['export', inReasons, '-o', outs[2]]),
      resdraftWith(['export', inCover, '-o', outs[3]]),
      resdraftWith(['export', clean, '--reasons', 'x\uFFFF', '-o', outs[4]]),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(2);
    expect(runs[0].stderr).toMatch(/fffe\.txt: line 23: character U\+FFFE \(a noncharacter\) at column 12 cannot be written to a Word document/);
    expect(runs[1].stderr).toContain('in-draft.resdraft: proposal 1 (Resolution 34), draft: the call "considering \uFFFF further": character U+FFFF (a noncharacter) at column 13');
    expect(runs[2].stderr).toContain('in-reasons.resdraft: proposal 1 (Resolution 34), reasons: character U+FFFE (a noncharacter) at column 8');
    expect(runs[3].stderr).toContain('in-cover.resdraft: cover field "summary": character U+FFFF');
    expect(runs[4].stderr).toContain('--reasons: character U+FFFF (a noncharacter) at column 2');
    for (const o of outs) expect(() => closeSync(openSync(o, 'r')), o).toThrow(/ENOENT/);
  }, SLOW);
});
