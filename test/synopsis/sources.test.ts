/**
 * Reading synopsis sources and grouping them by resolution (units under the CLI): names, word
 * runs in word coordinates, the errors a coordinator sees, and repeated names kept apart.
 */
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { SynopsisSourceError, compileSynopses, readSource } from '../../main/services/synopsisSources';
import { wordRunsCollide, wordRunsOf } from '../../shared/synopsis/wordRuns';
import { toText } from '../../shared/text/toText';
import { copyOf, reword } from './delegationDrafts';
import { writeContribution } from './sourceFiles';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-synopsis-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('word runs', () => {
  it('count tokens, not spaces: deleting "quick " or " quick" is the same run', () => {
    const a = wordRunsOf([{ op: 'equal', text: 'the ' }, { op: 'delete', text: 'quick ' }, { op: 'equal', text: 'fox;' }], 'the quick fox;');
    const b = wordRunsOf([{ op: 'equal', text: 'the' }, { op: 'delete', text: ' quick' }, { op: 'equal', text: ' fox;' }], 'the quick fox;');
    expect(a.map(({ from, to }) => [from, to])).toEqual([[1, 2]]);
    expect(b.map(({ from, to }) => [from, to])).toEqual([[1, 2]]);
    expect(wordRunsCollide(a[0], b[0])).toBe(false);
  });

  it('collide on overlapping words and same-place insertions only', () => {
    const run = (from: number, to: number, inserted: string) => ({ from, to, deleted: '', inserted, start: 0, end: 0, replacement: inserted });
    expect(wordRunsCollide(run(1, 3, 'x'), run(2, 4, 'y'))).toBe(true);
    expect(wordRunsCollide(run(1, 2, 'x'), run(2, 3, 'y'))).toBe(false);
    expect(wordRunsCollide(run(2, 2, 'x'), run(1, 3, 'y'))).toBe(true);
    expect(wordRunsCollide(run(1, 1, 'x'), run(1, 3, 'y'))).toBe(false);
    expect(wordRunsCollide(run(2, 2, 'x'), run(2, 2, 'y'))).toBe(true);
    expect(wordRunsCollide(run(2, 2, 'x'), run(2, 2, 'x'))).toBe(false);
  });
});

describe('reading sources', () => {
  const base = corpus.resolution('36');
  const draft = copyOf(base);
  reword(draft, 'considering', 0, 'the key role', 'the central role');

  it('names a draft text after its file and reads standard input', async () => {
    const path = join(dir, 'arb-36.txt');
    writeFileSync(path, toText(draft));
    const [p] = await readSource(path);
    expect([p.name, p.proposal, p.baseline]).toEqual(['arb-36.txt', '', { edition: 'kigali-2022', number: '36' }]);
    const [q] = await readSource('-', { edition: 'baku-2025' }, `\uFEFF${toText(draft)}`);
    expect([q.name, q.baseline]).toEqual(['<stdin>', { edition: 'baku-2025', number: '36' }]);
  });

  it('says what is wrong with a source, in the user’s terms', async () => {
    await expect(readSource(join(dir, 'nope.resdraft'))).rejects.toThrow(/nope\.resdraft: no such file/);
    mkdirSync(join(dir, 'folder'));
    await expect(readSource(join(dir, 'folder'))).rejects.toThrow(/is a folder/);
    const bad = join(dir, 'bad.resdraft');
    writeFileSync(bad, '{"format":"something-else"}');
    await expect(readSource(bad)).rejects.toThrow(SynopsisSourceError);
    const noNumber = join(dir, 'no-number.txt');
    writeFileSync(noNumber, toText({ ...draft, numberLine: 'RESOLUTION ABC' }));
    await expect(readSource(noNumber)).rejects.toThrow(/no-number\.txt: line 1: the number line "RESOLUTION ABC" names no resolution/);
  });

  it('keeps repeated source names apart by proposal number, and lists draft new resolutions', async () => {
    const one = writeContribution(dir, 'apt-a.resdraft', 'ACP', 'ACP/1A1/', [{ number: '36', draft, reasons: 'a' }]);
    const two = writeContribution(dir, 'apt-b.resdraft', 'ACP', 'ACP/2A1/', [{ number: '36', draft: copyOf(base), reasons: 'b' }]);
    const fresh = copyOf(base);
    fresh.numberLine = 'DRAFT NEW RESOLUTION [ACP-1]';
    const path = join(dir, 'new.txt');
    writeFileSync(path, toText(fresh));
    const { synopses, newResolutions } = compileSynopses([...(await readSource(one)), ...(await readSource(two)), ...(await readSource(path))], corpus);
    expect(synopses[0].sources.map((s) => s.name)).toEqual(['ACP (ACP/1A1/1)', 'ACP (ACP/2A1/1)']);
    expect(synopses[0].sources.map((s) => s.symbol)).toEqual(['MOD', 'NOC']);
    expect(newResolutions).toEqual([{ source: 'new.txt', proposal: '', numberLine: 'DRAFT NEW RESOLUTION [ACP-1]', title: base.title }]);
  });

  it('names a source by its short code (ACP for the Asia-Pacific Telecommunity), keeping its whole Source apart', async () => {
    const file = writeContribution(dir, 'apt-long.resdraft', 'Member States of the Asia-Pacific Telecommunity', '', [{ number: '36', draft, reasons: 'a' }]);
    const [read] = await readSource(file);
    expect([read.name, read.source]).toEqual(['ACP', 'Member States of the Asia-Pacific Telecommunity']);
    const lone = writeContribution(dir, 'long.resdraft', 'The Administrations of a group with a long name and no code', 'XYZ/9A1/', [{ number: '36', draft, reasons: 'a' }]);
    expect((await readSource(lone))[0].name).toBe('XYZ');
  });

  it('refuses the same source given twice: the same file, or the same proposal in two files (no agreement with itself)', async () => {
    const one = writeContribution(dir, 'twice.resdraft', 'ACP', 'ACP/1A1/', [{ number: '36', draft, reasons: 'a' }]);
    const copy = join(dir, 'twice-copy.resdraft');
    copyFileSync(one, copy);
    const a = await readSource(one);
    expect(() => compileSynopses([...a, ...a], corpus)).toThrow(/twice\.resdraft is given twice: give each source once/);
    const b = await readSource(copy);
    expect(() => compileSynopses([...a, ...b], corpus)).toThrow(/twice\.resdraft#36 and .*twice-copy\.resdraft#36 hold the same proposal \(ACP\/1A1\/1 of ACP\): give each source once/);
  });

  it('refuses sources on different editions of one resolution, naming both', async () => {
    const a = writeContribution(dir, 'e1.resdraft', 'A', 'A/', [{ number: '36', draft, reasons: '' }]);
    const b = writeContribution(dir, 'e2.resdraft', 'B', 'B/', [{ number: '36', draft, reasons: '', edition: 'baku-2025' }]);
    const both = [...(await readSource(a)), ...(await readSource(b))];
    expect(() => compileSynopses(both, corpus)).toThrow(/different editions of Resolution 36: .*e1\.resdraft#36 revises kigali-2022, .*e2\.resdraft#36 revises baku-2025/);
  });
});
