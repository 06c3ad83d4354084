import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newContribution } from '../../shared/contribution/newContribution';
import { parseContributionText } from '../../shared/contribution/parseContribution';
import type { Contribution, Proposal } from '../../shared/contribution/schema';
import { fromText } from '../../shared/text/fromText';
import { libreOfficeAvailable, readBack } from '../lo/loReadBack';
import { runInProcess } from '../support/runCli';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const adopted = (n: string): string => readFileSync(join(DIR, `res-${n}.txt`), 'utf8');
const revised = (n: string, from: string, to: string): string =>
  adopted(n).replace('(Rev. Kigali, 2022)', '(Rev. Riyadh, 2029)').replace('(Kigali, 2022),', '(Riyadh, 2029),').replace(from, to);

const work = mkdtempSync(join(tmpdir(), 'resdraft-cosign-'));

function contribution(inSource: boolean): Contribution {
  const c = newContribution(2029);
  c.settings.conference.place = 'Riyadh';
  c.settings.source = 'Member States of the Asia-Pacific Telecommunity';
  c.settings.proposalSource = 'ACP';
  c.settings.documentNumber = '23';
  c.settings.addendumNumber = '1';
  if (inSource) c.settings.cosignatoriesInSource = true;
  const p = (id: string, n: string, text: string, cosignatories?: string[]): Proposal => ({
    id,
    baseline: { edition: 'kigali-2022', number: n },
    symbol: 'auto',
    draft: fromText(text),
    reasons: `Reasons for ${n}.`,
    ...(cosignatories ? { cosignatories } : {}),
  });
  c.proposals = [
    p('a', '34', revised('34', 'steadily increasing', 'increasing steadily'), ['Japan', 'Australia']),
    p('b', '5', revised('5', 'Enhanced participation', 'Enhanced and effective participation')),
    p('c', '17', revised('17', 'Implementation of', 'The implementation of'), ['Thailand', 'Australia']),
  ];
  return c;
}

async function exported(c: Contribution, name: string): Promise<string> {
  const src = join(work, `${name}.resdraft`);
  writeFileSync(src, JSON.stringify(c));
  const out = join(work, `${name}.docx`);
  const r = await runInProcess(['export', src, '-o', out, '--date', '2029-01-10T09:00:00Z']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

/** The co-signature table as LibreOffice (or our reader) reads it cell by cell after the last reasons. */
const TABLE = ['Co-signatories', 'Administration', 'MOD ACP/23A1/1', 'MOD ACP/23A1/3', 'Australia', 'X', 'X', 'Japan', 'X', '', 'Thailand', '', 'X'];

describe('co-signatories in the exported .docx', () => {
  it('a co-signature table follows the proposals; read back, each proposal keeps its co-signatories and the last reasons stay whole', async () => {
    const docx = await exported(contribution(false), 'table');
    const back = join(work, 'table-back.resdraft');
    const r = await runInProcess(['import', docx, '-o', back]);
    expect(r.code, r.stderr).toBe(0);
    const read = parseContributionText(readFileSync(back, 'utf8'));
    expect(read.proposals.map((p) => p.cosignatories ?? [])).toEqual([['Australia', 'Japan'], [], ['Australia', 'Thailand']]);
    expect(read.proposals[2].reasons).toBe('Reasons for 17.');
    expect(read.settings.source).toBe('Member States of the Asia-Pacific Telecommunity');
    expect(read.settings.cosignatoriesInSource).toBeUndefined();
  });

  it('where the group asks, the cover’s Source lists them too, and reads back as the source and the setting', async () => {
    const docx = await exported(contribution(true), 'source');
    const back = join(work, 'source-back.resdraft');
    expect((await runInProcess(['import', docx, '-o', back])).code).toBe(0);
    const read = parseContributionText(readFileSync(back, 'utf8'));
    expect(read.settings).toMatchObject({ source: 'Member States of the Asia-Pacific Telecommunity', cosignatoriesInSource: true });
    const html = join(work, 'source.html');
    const src = join(work, 'source.resdraft');
    expect((await runInProcess(['export', src, '-o', html])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Member States of the Asia-Pacific Telecommunity: Australia, Japan and Thailand');
    expect(page).toContain('<th scope="row">Japan</th><td>X</td><td></td>');
  });

  it('no co-signatories: no table, the document as before', async () => {
    const c = contribution(false);
    for (const p of c.proposals) delete p.cosignatories;
    const docx = await exported(c, 'none');
    const { stdout } = await runInProcess(['show', `${docx}#17`]);
    expect(stdout).toContain('The implementation of');
    expect(readFileSync(docx).includes(Buffer.from('Co-signatories'))).toBe(false);
  });

  it.skipIf(!libreOfficeAvailable())('LibreOffice reads the table after the last reasons, cell by cell, on both sides', async () => {
    const docx = await exported(contribution(true), 'lo');
    const file = readBack([docx])[docx];
    for (const side of [file.accept, file.reject]) {
      const last = side.paragraphs.findLastIndex((p) => p.startsWith('Reasons:'));
      expect(side.paragraphs.slice(last + 1).filter((p, i, all) => !(p === '' && i === all.length - 1))).toEqual(TABLE);
      expect(side.paragraphs.some((p) => p.includes('Member States of the Asia-Pacific Telecommunity: Australia, Japan and Thailand'))).toBe(true);
    }
  });
});
