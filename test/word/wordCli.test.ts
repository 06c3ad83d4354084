import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { compare } from '../../shared/engine/compare';
import { toDocx } from '../../main/services/docx/toDocx';
import { fromText } from '../../shared/text/fromText';
import { settings } from '../export/handMade';
import { resdraft } from '../support/runCli';
import { makeDocx, p, r } from './handDocx';
import { runInProcess } from '../support/runCli';

const dir = mkdtempSync(join(tmpdir(), 'resdraft-word-cli-'));
const corpus = new Corpus();
const hash = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');
const draft34 = corpus.text('34').replace('potentially serious negative', 'serious negative');
const draft5 = corpus.text('5').replaceAll('Kigali, 2022', 'Baku, 2025');
const newRes = 'DRAFT NEW RESOLUTION [ACP-1]\nA new title\nThe World Telecommunication Development Conference (Baku, 2025),\nconsidering\nthat a new text is needed,\nresolves\nto adopt it.\n';
const contribution = join(dir, 'acp.docx');

beforeAll(async () => {
  const proposals = [
    { symbol: 'MOD' as const, number: 'ACP/23A1/1', changes: compare(corpus.resolution('34'), fromText(draft34)), reasons: 'Shorter.' },
    { symbol: 'MOD' as const, number: 'ACP/23A1/2', changes: compare(corpus.resolution('5'), fromText(draft5)), reasons: 'Baku.' },
    { symbol: 'ADD' as const, number: 'ACP/23A1/3', changes: compare(null, fromText(newRes)), reasons: 'New.' },
    { symbol: 'SUP' as const, number: 'ACP/23A1/4', changes: compare(corpus.resolution('18'), null), reasons: 'Done.' },
    { symbol: 'NOC' as const, number: 'ACP/23A1/5', changes: compare(corpus.resolution('46'), corpus.resolution('46')), reasons: 'Fine.' },
  ];
  writeFileSync(contribution, await toDocx({ settings: settings(), proposals }, { date: '2025-06-02T08:30:00Z', author: 'APT' }));
});

describe('a Word contribution through the CLI', () => {
  it('lists its proposals, shows each draft and original, and imports it as a contribution file', async () => {
    const list = await runInProcess(['list', contribution]);
    expect(list.stdout.split('\n').filter((l) => !l.startsWith(' ') && l !== '')).toEqual([
      expect.stringMatching(/^MOD ACP\/23A1\/1 \(Resolution 34\) {2}The role of telecommunications/),
      expect.stringMatching(/^MOD ACP\/23A1\/2 \(Resolution 5\) {2}Enhanced participation/),
      'ADD ACP/23A1/3 (draft new resolution)  A new title',
      expect.stringMatching(/^SUP ACP\/23A1\/4 \(Resolution 18\) {2}Special technical assistance to Palestine/),
      expect.stringMatching(/^NOC ACP\/23A1\/5 \(Resolution 46\) {2}Assistance to indigenous peoples/),
    ]);
    expect((await runInProcess(['show', `${contribution}#34`])).stdout).toBe(draft34);
    expect((await runInProcess(['show', `${contribution}#34`, '--original'])).stdout).toBe(corpus.text('34'));
    expect((await runInProcess(['show', `${contribution}#ACP/23A1/2`])).stdout).toBe(draft5);
    expect((await runInProcess(['show', `${contribution}#ACP/23A1/3`])).stdout).toBe(newRes);
    expect((await runInProcess(['show', `${contribution}#18`, '--original'])).stdout).toBe(corpus.text('18'));
    const sup = await runInProcess(['show', `${contribution}#18`]);
    expect([sup.code, sup.stderr]).toEqual([2, expect.stringContaining('suppresses the resolution; it has no draft text')]);
    expect((await runInProcess(['show', `${contribution}#46`])).stdout).toBe(corpus.text('46'));
    const which = await runInProcess(['show', contribution]);
    expect([which.code, which.stderr]).toEqual([2, expect.stringContaining('holds 5 proposals (MOD ACP/23A1/1 (Resolution 34), ')]);
    const none = await runInProcess(['show', `${contribution}#99`]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('no proposal on Resolution 99')]);

    const out = join(dir, 'acp.resdraft');
    const imp = await runInProcess(['import', contribution, '-o', out]);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.settings.source).toBe(settings().source);
    // our own export's numbers come back as their parts, not as an older file's free prefix
    expect([saved.settings.proposalSource, saved.settings.proposalPrefix]).toEqual(['ACP', '']);
    expect(saved.settings.documentNumber).toBe('23');
    expect(saved.settings.cover.title).toBe(settings().cover.title);
    expect(saved.proposals.map((x: { baseline: { number: string } | null; symbol: string; reasons: string }) => [x.baseline?.number ?? null, x.symbol, x.reasons])).toEqual([
      ['34', 'auto', 'Shorter.'],
      ['5', 'auto', 'Baku.'],
      [null, 'auto', 'New.'],
      ['18', 'SUP', 'Done.'],
      ['46', 'auto', 'Fine.'],
    ]);
    expect(saved.proposals[0].draft).toEqual(fromText(draft34));
    const again = await runInProcess(['import', contribution, '-o', out]);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('already exists; add --force')]);
    const cmp = await runInProcess(['compare', '34', `${contribution}#34`, '--format', 'json']);
    expect(JSON.parse(cmp.stdout).action).toBe('MOD');
  });

  it('reports where the unmarked text differs from the edition in force', async () => {
    const body = [
      p(r('MOD\tACP/1/1'), { style: 'Proposal' }),
      ...corpus
        .text('34')
        .replace('b)\tthat the number of natural', 'b)\tthat the count of natural')
        .trimEnd()
        .split('\n')
        .map((line) => p(r(line.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replace(/\[\^\d+\]/g, '')))),
      p(r('Reasons:\tnone')),
    ].join('');
    const file = join(dir, 'outdated.docx');
    writeFileSync(file, makeDocx({ body: body.replace(/<w:p><w:pPr><\/w:pPr><w:r><w:t xml:space="preserve">\[\^1\]: [^<]*<\/w:t><\/w:r><\/w:p>/g, '') }));
    const list = await runInProcess(['list', file]);
    expect(list.stdout).toContain('  warning: the unmarked text of *recognizing* b) differs from Resolution 34 (Rev. Kigali, 2022)\n');
  });
});

describe('documents that are not contributions', () => {
  const locked = join(dir, 'locked.docx');
  const damaged = join(dir, 'damaged.docx');
  const letter = join(dir, 'letter.docx');
  beforeAll(() => {
    writeFileSync(locked, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    const good = readFileSync(contribution);
    writeFileSync(damaged, good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(letter, makeDocx({ body: p(r('Dear colleague,')) + p(r('Thank you for your letter.')) }));
  });

  it('exit 2 with a clear message and leave the file untouched, for every command', async () => {
    const cases: Array<[string, RegExp]> = [
      [locked, /locked\.docx: is password-protected or an old binary Word document/],
      [damaged, /damaged\.docx: is damaged/],
      [letter, /letter\.docx: holds no resolution/],
    ];
    for (const [file, message] of cases) {
      const before = hash(file);
      for (const argv of [['show', file], ['show', file, '--original'], ['list', file], ['import', file, '-o', join(dir, 'x.resdraft')], ['compare', '34', file], ['export', file, '-o', join(dir, 'x.docx')]]) {
        const res = await runInProcess(argv);
        expect(res.code, argv.join(' ')).toBe(2);
        expect(res.stderr, argv.join(' ')).toMatch(message);
      }
      expect(hash(file)).toBe(before);
      expect(existsSync(join(dir, 'x.resdraft'))).toBe(false);
      expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    }
    const real = await resdraft(['show', locked]);
    expect([real.code, real.stderr]).toEqual([2, expect.stringMatching(/password-protected/)]);
    const ed = await runInProcess(['edition', 'import', locked, '--name', 'locked']);
    expect([ed.code, ed.stderr]).toEqual([2, expect.stringMatching(/password-protected/)]);
  }, 60_000);
});
