/**
 * Proposal numbers built from their parts (source, document, addendum, serial) by one shared
 * function, printed alike by the .docx, `resdraft list` and `resdraft export`; older files with a
 * free prefix keep their numbers; an invalid part is an error naming the field.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import type { ContributionSettings } from '../../shared/contribution/schema';
import { ProposalNumberError, proposalNumber } from '../../shared/export/proposalNumber';
import { resdraft } from '../support/runCli';
import { readDocx } from './docxRead';
import { settings } from './handMade';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-proposal-number-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parts(source: string | undefined, documentNumber: string, addendumNumber: string, prefix = ''): ContributionSettings {
  const s = settings();
  s.proposalPrefix = prefix;
  if (source === undefined) delete s.proposalSource;
  else s.proposalSource = source;
  s.documentNumber = documentNumber;
  s.addendumNumber = addendumNumber;
  return s;
}

/** A contribution file with proposals on Resolutions 34 (one word changed) and 5 (unchanged). */
function contributionFile(name: string, s: ContributionSettings): string {
  const c = newContribution(2025);
  c.settings = s;
  const draft = corpus.resolution('34');
  const list = draft.calls[0].blocks[0];
  if (list.type === 'list') list.items[1].text = list.items[1].text.replace('steadily', 'rapidly');
  c.proposals = [
    { id: 'p1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft, reasons: 'Update.' },
    { id: 'p2', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'NOC', draft: corpus.resolution('5'), reasons: 'Still valid.' },
  ];
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(c, null, 2));
  return path;
}

describe('proposalNumber', () => {
  it('builds SOURCE/DOC[A<addendum>]/SERIAL from the parts', () => {
    expect(proposalNumber(parts('TST', '42', '1'), 1)).toBe('TST/42A1/1');
    expect(proposalNumber(parts('TST', '42', ''), 1)).toBe('TST/42/1');
    expect(proposalNumber(parts('acp', '23', '2'), 14)).toBe('ACP/23A2/14');
    expect(proposalNumber(parts(' EUR ', ' 7 ', ' 3 '), 2)).toBe('EUR/7A3/2');
    // a document number the secretariat has not assigned yet
    expect(proposalNumber(parts('TST', '', '1'), 3)).toBe('TST/[…]A1/3');
  });

  it('keeps the free prefix of older files that have no source', () => {
    expect(proposalNumber(parts(undefined, '23', '1', 'ACP/23A1/'), 3)).toBe('ACP/23A1/3');
    expect(proposalNumber(parts('', '23', '1', 'ACP/23A1/'), 3)).toBe('ACP/23A1/3');
    // once a source is typed, the parts win over the old prefix
    expect(proposalNumber(parts('TST', '42', '1', 'ACP/23A1/'), 1)).toBe('TST/42A1/1');
  });

  it('refuses a part that cannot be in a number, naming the field and what it expects', () => {
    const cases: Array<[ContributionSettings, string]> = [
      [parts('AC1', '42', '1'), 'Proposal prefix "AC1": letters only, e.g. ACP'],
      [parts('TST/42A1/', '42', '1'), 'Proposal prefix "TST/42A1/": letters only, e.g. ACP'],
      [parts(' ', '42', '1'), 'Proposal prefix " ": letters only, e.g. ACP'],
      [parts('TST', '42b', '1'), 'Document number "42b": digits only, e.g. 42'],
      [parts('TST', '42', 'Add.1'), 'Addendum "Add.1": digits only, e.g. 1'],
    ];
    for (const [s, message] of cases) {
      expect(() => proposalNumber(s, 1)).toThrow(ProposalNumberError);
      expect(() => proposalNumber(s, 1)).toThrow(message);
    }
  });
});

describe('proposal numbers through the CLI', () => {
  it('the .docx, `resdraft list` of the contribution and of the exported .docx all show TST/42A1/1 and TST/42A1/2', async () => {
    const file = contributionFile('parts.resdraft', parts('TST', '42', '1'));
    const out = join(dir, 'parts.docx');
    const exported = await resdraft(['export', file, '-o', out, '--date', '2025-06-02T08:30:00Z']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/\(docx, \d+ bytes; 2 proposals: MOD NOC, numbered TST\/42A1\/1 to TST\/42A1\/2\)\n$/);
    const paragraphs = readDocx(new Uint8Array(readFileSync(out)), 'asIs').paragraphs;
    expect(paragraphs).toContain('MOD\tTST/42A1/1');
    expect(paragraphs).toContain('NOC\tTST/42A1/2');
    const [fromFile, fromDocx] = await Promise.all([resdraft(['list', file]), resdraft(['list', out])]);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/^MOD TST\/42A1\/1 \(Resolution 34\) {2}The role of telecommunications/);
    expect(fromFile.stdout).toContain('\nNOC TST/42A1/2 (Resolution 5)  ');
    const heads = (text: string): string[] => text.split('\n').filter((l) => /^[A-Z]{3} /.test(l)).map((l) => l.split('  ')[0]);
    expect(heads(fromDocx.stdout)).toEqual(heads(fromFile.stdout));
    const json = await resdraft(['list', file, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { proposals: Array<{ number: string }> }).proposals.map((p) => p.number)).toEqual(['TST/42A1/1', 'TST/42A1/2']);
  });

  it('a contribution without an addendum: TST/42/1 in the .docx, and importing the .docx gives the same settings and numbers', async () => {
    const file = contributionFile('no-addendum.resdraft', parts('TST', '42', ''));
    const out = join(dir, 'no-addendum.docx');
    const back = join(dir, 'no-addendum-back.resdraft');
    expect((await resdraft(['export', file, '-o', out, '--date', '2025-06-02T08:30:00Z'])).code).toBe(0);
    const paragraphs = readDocx(new Uint8Array(readFileSync(out)), 'asIs').paragraphs;
    expect(paragraphs).toContain('Document WTDC-25/42-E');
    expect(paragraphs).toContain('MOD\tTST/42/1');
    const imported = await resdraft(['import', out, '-o', back]);
    expect(imported.code, imported.stderr).toBe(0);
    const settingsBack = (JSON.parse(readFileSync(back, 'utf8')) as { settings: ContributionSettings }).settings;
    expect([settingsBack.documentNumber, settingsBack.addendumNumber, settingsBack.conference.year]).toEqual(['42', '', 2025]);
    const listed = await resdraft(['list', back]);
    expect(listed.stdout).toContain('MOD TST/42/1 (Resolution 34)');
    expect(listed.stdout).toContain('NOC TST/42/2 (Resolution 5)');
  });

  it('an older file with a free prefix still opens and keeps its numbers', async () => {
    const file = contributionFile('legacy.resdraft', parts(undefined, '23', '1', 'ACP/23A1/'));
    expect(readFileSync(file, 'utf8')).not.toContain('proposalSource');
    const r = await resdraft(['list', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('MOD ACP/23A1/1 (Resolution 34)');
    expect(r.stdout).toContain('NOC ACP/23A1/2 (Resolution 5)');
  });

  it('an invalid source is an error naming the field (exit 2, nothing written)', async () => {
    const file = contributionFile('bad.resdraft', parts('AC1', '42', '1'));
    const out = join(dir, 'bad.docx');
    const [exported, listed, synopsis] = await Promise.all([resdraft(['export', file, '-o', out]), resdraft(['list', file]), resdraft(['synopsis', file])]);
    for (const r of [exported, listed, synopsis]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file}: Proposal prefix "AC1": letters only, e.g. ACP`);
    }
    expect(existsSync(out)).toBe(false);
  });
});
