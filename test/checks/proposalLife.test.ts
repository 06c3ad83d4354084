import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newContribution } from '../../shared/contribution/newContribution';
import { parseContributionText } from '../../shared/contribution/parseContribution';
import { editedSinceSubmission, statusOf, withStatus } from '../../shared/contribution/proposalLife';
import type { Proposal } from '../../shared/contribution/schema';
import { fromText } from '../../shared/text/fromText';
import { runInProcess } from '../support/runCli';

const TEXT_34 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-34.txt'), 'utf8');
const revised = TEXT_34.replace('(Rev. Kigali, 2022)', '(Rev. Riyadh, 2029)').replace('(Kigali, 2022),', '(Riyadh, 2029),').replace('steadily increasing', 'increasing steadily');
const proposal = (extra: Partial<Proposal> = {}): Proposal => ({ id: 'p34', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(revised), reasons: 'Because.', ...extra });

describe('a proposal’s life: status, the secretariat’s number, what was submitted', () => {
  it('an older proposal is a draft; submitting records the text, an edit after it is told, going back forgets it', () => {
    const p = proposal();
    expect(statusOf(p)).toBe('draft');
    const sent = withStatus(p, 'submitted', new Date('2029-01-10T09:00:00Z'), 'ABC/25/3');
    expect(sent).toMatchObject({ status: 'submitted', secretariatNumber: 'ABC/25/3', submitted: { time: '2029-01-10T09:00:00.000Z' } });
    expect(editedSinceSubmission(sent)).toBe(false);
    const edited = { ...sent, draft: fromText(revised.replace('increasing steadily', 'increasing fast')) };
    expect(editedSinceSubmission(edited)).toBe(true);
    expect(editedSinceSubmission({ ...sent, reasons: 'Other reasons.' })).toBe(true);
    expect(editedSinceSubmission(withStatus(edited, 'adopted', new Date()))).toBe(true);
    const back = withStatus(edited, 'common', new Date());
    expect(back.submitted).toBeUndefined();
    expect(editedSinceSubmission(back)).toBe(false);
  });

  it('a file without the new fields still opens; one with them keeps them through a parse', () => {
    const c = newContribution(2029);
    c.proposals = [proposal()];
    expect(parseContributionText(JSON.stringify(c)).proposals[0].status).toBeUndefined();
    c.proposals = [withStatus(proposal({ cosignatories: ['Australia', 'Japan'] }), 'submitted', new Date('2029-01-10T09:00:00Z'), 'ABC/25/3')];
    const read = parseContributionText(JSON.stringify(c)).proposals[0];
    expect(read).toMatchObject({ status: 'submitted', secretariatNumber: 'ABC/25/3', cosignatories: ['Australia', 'Japan'] });
    const bad = JSON.parse(JSON.stringify(c)) as { proposals: Array<{ status: string }> };
    bad.proposals[0].status = 'sent';
    expect(() => parseContributionText(JSON.stringify(bad))).toThrow(/status/);
  });
});

describe('resdraft list and check show a proposal’s life', () => {
  const work = mkdtempSync(join(tmpdir(), 'resdraft-life-'));
  const write = (proposals: Proposal[]): string => {
    const c = newContribution(2029);
    c.settings.conference.place = 'Riyadh';
    c.settings.proposalSource = 'ACP';
    c.settings.documentNumber = '23';
    c.settings.addendumNumber = '1';
    c.proposals = proposals;
    const path = join(work, `c${Math.random().toString(36).slice(2)}.resdraft`);
    writeFileSync(path, JSON.stringify(c));
    return path;
  };

  it('list --format json gives every proposal a status (an older one: draft), the number and co-signatories', async () => {
    const sent = withStatus(proposal({ cosignatories: ['Australia', 'Japan', 'Thailand'] }), 'submitted', new Date('2029-01-10T09:00:00Z'), 'ABC/25/3');
    const other = { ...proposal(), id: 'p5', baseline: { edition: 'kigali-2022', number: '5' }, draft: fromText(readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-5.txt'), 'utf8')) };
    const path = write([sent, other]);
    const json = JSON.parse((await runInProcess(['list', path, '--format', 'json'])).stdout) as { proposals: Array<Record<string, unknown>> };
    expect(json.proposals[0]).toMatchObject({ resolution: '34', status: 'submitted', secretariatNumber: 'ABC/25/3', cosignatories: ['Australia', 'Japan', 'Thailand'] });
    expect(json.proposals[1]).toMatchObject({ resolution: '5', status: 'draft', cosignatories: [] });
    const text = (await runInProcess(['list', path])).stdout;
    expect(text).toContain('  status: submitted, secretariat number ABC/25/3\n');
    expect(text).toContain('  co-signed by: Australia, Japan, Thailand\n');
    expect(text).not.toContain('status: draft');
  });

  it('check warns when a submitted proposal was edited, naming its number; not before the edit', async () => {
    const sent = withStatus(proposal(), 'submitted', new Date('2029-01-10T09:00:00Z'), 'ABC/25/3');
    expect((await runInProcess(['check', write([sent])])).stdout).not.toContain('submitted');
    const edited = { ...sent, draft: fromText(revised.replace('increasing steadily', 'increasing fast')) };
    const r = await runInProcess(['check', write([edited])]);
    expect(r.stdout).toContain('This proposal was submitted (ABC/25/3) and its text has changed since');
    expect(r.code).toBe(0);
  });
});

describe('a proposal carried onto a newer edition keeps its conflicts until they are decided', () => {
  const work = mkdtempSync(join(tmpdir(), 'resdraft-carried-'));
  const conflict = { kind: 'item' as const, line: 4, label: 'a)', call: 'recognizing', old: 'that there is a growing awareness;', edition: 'that there is a broad awareness;', delegate: 'that there is a widely shared awareness;' };

  it('an older file opens without the field; the conflicts survive a parse; a wrong one is refused by name', () => {
    const c = newContribution(2029);
    c.proposals = [proposal()];
    expect(parseContributionText(JSON.stringify(c)).proposals[0].carried).toBeUndefined();
    c.proposals = [proposal({ carried: { from: { edition: 'kigali-2022', number: '34' }, conflicts: [conflict, { ...conflict, line: 9, label: 'b)', delegate: null }] } })];
    expect(parseContributionText(JSON.stringify(c)).proposals[0].carried).toEqual(c.proposals[0].carried);
    const bad = JSON.parse(JSON.stringify(c)) as { proposals: Array<{ carried: { conflicts: Array<{ kind: string }> } }> };
    bad.proposals[0].carried.conflicts[0].kind = 'numberline';
    expect(() => parseContributionText(JSON.stringify(bad))).toThrow(/kind/);
  });

  it('check warns while conflicts remain, in one sentence per count; none once decided', async () => {
    const write = (carried: Proposal['carried']): string => {
      const c = newContribution(2029);
      c.settings.conference.place = 'Riyadh';
      c.proposals = [proposal(carried ? { carried } : {})];
      const path = join(work, `c${Math.random().toString(36).slice(2)}.resdraft`);
      writeFileSync(path, JSON.stringify(c));
      return path;
    };
    const from = { edition: 'kigali-2022', number: '34' };
    expect((await runInProcess(['check', write({ from, conflicts: [conflict] })])).stdout).toContain('One place where the newer edition changed the words this proposal changes is still to decide');
    expect((await runInProcess(['check', write({ from, conflicts: [conflict, { ...conflict, line: 9 }] })])).stdout).toContain('2 places where the newer edition changed the words this proposal changes are still to decide');
    expect((await runInProcess(['check', write(undefined)])).stdout).not.toContain('newer edition');
  });
});
