/**
 * Citations checked against every edition the app knows, through the real CLI with a temporary
 * data folder: before an import, Baku is a place the app knows no edition of (not judged); after
 * `resdraft edition import` of a baku-2025 edition, a citation of a revision it holds is not
 * flagged, one of a year, number or revision no known edition has is an error (a text the Baku
 * edition holds as revised at Kigali was not revised at Baku), one of a resolution the
 * contribution revises is a warning; `resdraft check --edition` says which edition a draft text
 * revises. And the same rules as units.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCitations, knownEdition } from '../../shared/checks/citations';
import type { Finding } from '../../shared/checks/finding';
import { newContribution } from '../../shared/contribution/newContribution';
import { fromText } from '../../shared/text/fromText';
import { resdraft } from '../support/runCli';
import { modifiedAnnex } from '../word/modifiedAnnex';

const data = mkdtempSync(join(tmpdir(), 'resdraft-citations-'));
process.env.RESDRAFT_DATA_DIR = data;

const KIGALI_34 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-34.txt'), 'utf8');
const ITEM = 'b)\tthat the number of natural and man-made disasters, as well as the tragic consequences associated with them, are steadily increasing;';

/** Resolution 34 with recognizing b) citing `cited`. */
function draftCiting(...cited: string[]): string {
  expect(KIGALI_34).toContain(ITEM);
  return KIGALI_34.replace(ITEM, ITEM.replace(/;$/, `, as noted in ${cited.join(' and ')};`));
}

async function citationFindings(args: string[]): Promise<{ code: number; findings: Finding[] }> {
  const r = await resdraft(['check', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { findings: Finding[] };
  return { code: r.code, findings: out.findings.filter((f) => f.code.startsWith('citation-')) };
}

describe('resdraft check: citations against the bundled and the imported editions', { timeout: 120_000 }, () => {
  const draft = join(data, 'draft-34.txt');
  beforeAll(() => {
    writeFileSync(draft, draftCiting('Resolution 37 (Rev. Baku, 2025)', 'Resolution 34 (Rev. Baku, 2024)', 'Resolution 99 (Rev. Baku, 2025)', 'Resolution 18 (Rev. Baku, 2025)', 'Resolution 18 (Rev. Kigali, 2022)'));
  });

  it('before an import, Baku is not a conference the app knows: its citations are not judged', async () => {
    const r = await citationFindings([draft]);
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('after importing baku-2025: a revision it holds passes, one no known edition has is an error', async () => {
    // the Baku edition: every text revised at Baku, except Resolution 18, left as revised at Kigali
    const annex = join(data, 'baku-annex.txt');
    writeFileSync(annex, modifiedAnnex().replace('RESOLUTION 18 (Rev. Baku, 2025)', 'RESOLUTION 18 (Rev. Kigali, 2022)'));
    const imp = await resdraft(['edition', 'import', annex, '--name', 'baku-2025']);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    const r = await citationFindings([draft]);
    expect(r.code).toBe(1);
    const by = (cited: string): Finding[] => r.findings.filter((f) => f.message.startsWith(`“${cited}”`));
    expect(by('Resolution 37 (Rev. Baku, 2025)')).toEqual([]);
    expect(by('Resolution 18 (Rev. Kigali, 2022)')).toEqual([]);
    expect(by('Resolution 34 (Rev. Baku, 2024)').map((f) => [f.severity, f.message])).toEqual([['error', '“Resolution 34 (Rev. Baku, 2024)” cites a conference that did not take place: the app knows Baku, 2025.']]);
    expect(by('Resolution 99 (Rev. Baku, 2025)').map((f) => f.severity)).toEqual(['error']);
    expect(by('Resolution 99 (Rev. Baku, 2025)')[0].message).toMatch(/does not exist: Baku, 2025 did not adopt or revise Resolution 99 \(the baku-2025 edition holds no such resolution\)/);
    expect(by('Resolution 18 (Rev. Baku, 2025)').map((f) => f.severity)).toEqual(['error']);
    expect(by('Resolution 18 (Rev. Baku, 2025)')[0].message).toMatch(/cites a revision that does not exist: Baku, 2025 did not revise Resolution 18: the baku-2025 edition holds it as “RESOLUTION\s18\s\(Rev\.\sKigali, 2022\)”\.$/);
    expect(r.findings.every((f) => f.place.proposal === 'Resolution 34' && f.place.item === 'b)')).toBe(true);
  });

  it('--edition: a draft text of the imported edition citing what it revises is warned; an unknown edition exits 2', async () => {
    const show = await resdraft(['show', '37', '--edition', 'baku-2025']);
    expect(show.code).toBe(0);
    const d37 = join(data, 'draft-37.txt');
    writeFileSync(d37, show.stdout.replace('has a role to play,', 'has a role to play, as Resolution 37 (Rev. Baku, 2025) recalls,'));
    const r = await citationFindings([d37, '--edition', 'baku-2025']);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['citation-being-revised', 'warning']]);
    const bad = await resdraft(['check', d37, '--edition', 'baku-2030']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown baseline edition "baku-2030"; editions: kigali-2022, baku-2025/);
  });

  it('a contribution revising Resolution 37 of baku-2025 and citing it elsewhere is warned; the kigali text it does not revise is not', async () => {
    const c = newContribution(2025);
    c.settings.conference.place = 'Baku';
    const d34 = fromText(draftCiting('Resolution 37 (Rev. Baku, 2025)', 'Resolution 36 (Rev. Kigali, 2022)'));
    const show = await resdraft(['show', '37', '--edition', 'baku-2025']);
    c.proposals.push({ id: 'a', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: d34, reasons: 'Cites.' });
    c.proposals.push({ id: 'b', baseline: { edition: 'baku-2025', number: '37' }, symbol: 'auto', draft: fromText(show.stdout.replace('has a role to play', 'has a leading role to play')), reasons: 'Leading.' });
    const file = join(data, 'c.resdraft');
    writeFileSync(file, JSON.stringify(c));
    const r = await citationFindings([file]);
    expect(r.findings.map((f) => [f.code, f.place.proposal, f.message.slice(0, 33)])).toEqual([['citation-being-revised', 'Resolution 34', '“Resolution 37 (Rev. Baku, 2025)”']]);
  });
});

describe('resdraft check: a proposal on an edition that is not here', () => {
  it('exits 2 naming the proposal, the edition and the editions there are', async () => {
    const c = newContribution(2025);
    c.proposals.push({ id: 'a', baseline: { edition: 'nairobi-2029', number: '34' }, symbol: 'auto', draft: fromText(KIGALI_34), reasons: 'x' });
    const file = join(data, 'elsewhere.resdraft');
    writeFileSync(file, JSON.stringify(c));
    const r = await resdraft(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: the proposal on Resolution 34 revises the edition "nairobi-2029", which is not here; editions: kigali-2022`);
  });
});

describe('checkCitations with several editions', () => {
  const place = { proposal: 'Resolution 1' };
  const kigali = knownEdition({ id: 'kigali-2022', place: 'Kigali', year: 2022, bundled: true }, [{ number: '34', numberLine: 'RESOLUTION 34 (Rev. Kigali, 2022)' }]);
  const baku = knownEdition({ id: 'baku-2025', place: 'Baku', year: 2025, bundled: false }, [
    { number: '37', numberLine: 'RESOLUTION 37 (Rev. Baku, 2025)' },
    { number: '90', numberLine: 'RESOLUTION 90 (Baku, 2025)' },
    { number: '18', numberLine: 'RESOLUTION 18 (Rev. Kigali, 2022)' },
  ]);
  const check = (text: string, revising: Array<{ number: string; edition: string }> = []): string[] => checkCitations(text, [kigali, baku], revising, place).map((f) => `${f.severity} ${f.code}`);

  it('a bundled edition is a selection, an imported one is taken as complete', () => {
    expect(kigali.complete).toBe(false);
    expect(baku.complete).toBe(true);
    expect(check('Resolution 1 (Rev. Kigali, 2022)')).toEqual([]);
    expect(check('Resolution 1 (Rev. Baku, 2025)')).toEqual(['error citation-unknown-revision']);
  });

  it('revisions held, new resolutions, and texts revised elsewhere', () => {
    expect(check('Resolution 37 (Rev. Baku, 2025)')).toEqual([]);
    expect(check('Resolution 90 (Baku, 2025)')).toEqual([]);
    expect(check('Resolution 18 (Rev. Baku, 2025)')).toEqual(['error citation-unknown-revision']);
    expect(check('Resolution 18 (Rev. Kigali, 2022)')).toEqual([]);
    expect(check('Resolution 37 (Rev. Baku, 2026)')).toEqual(['error citation-unknown-revision']);
    expect(check('Resolution 37 (Rev. Busan, 2014)')).toEqual([]);
  });

  it('a citation of what the contribution revises is a warning, in whichever edition it revises', () => {
    expect(check('Resolution 37 (Rev. Baku, 2025)', [{ number: '37', edition: 'baku-2025' }])).toEqual(['warning citation-being-revised']);
    expect(check('Resolution 37 (Rev. Baku, 2025)', [{ number: '37', edition: 'kigali-2022' }])).toEqual([]);
    expect(check('Resolution 34 (Rev. Kigali, 2022)', [{ number: '34', edition: 'kigali-2022' }])).toEqual(['warning citation-being-revised']);
  });
});
