import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContribution, type CheckInput, type ProposalToCheck } from '../../shared/checks/checkContribution';
import { hasErrors } from '../../shared/checks/finding';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { resdraft } from '../support/runCli';

const DIR = 'resources/baseline/kigali-2022';
const adopted = (n: string): Resolution => fromText(readFileSync(join(DIR, `res-${n}.txt`), 'utf8'));
const editions = [{ id: 'kigali-2022', place: 'Kigali', year: 2022, numbers: readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => /res-(\d+)/.exec(f)![1]) }];

function input(proposals: ProposalToCheck[], target: CheckInput['target'] = { place: 'Baku', year: 2025 }): CheckInput {
  return { proposals, target, editions, baselineOf: (ref) => adopted(ref.number) };
}
function mod(n: string, edit: (r: Resolution) => void, reasons = 'Because.'): ProposalToCheck {
  const draft = structuredClone(adopted(n));
  edit(draft);
  draft.numberLine = draft.numberLine.replace('Kigali, 2022', 'Baku, 2025');
  return { id: `p${n}`, baseline: { edition: 'kigali-2022', number: n }, symbol: 'auto', draft, reasons };
}
const firstList = (r: Resolution, call = 0) => r.calls[call].blocks.find((b) => b.type === 'list')!;
const codes = (f: { code: string }[]) => f.map((x) => x.code);

describe('checks before sending (shared/checks)', () => {
  it('the adopted texts, revised for Baku, 2025 with reasons, raise no error', () => {
    for (const n of editions[0].numbers) {
      const found = checkContribution(input([mod(n, (r) => (r.title += ' '))]));
      expect(found.filter((f) => f.severity === 'error'), `Resolution ${n}`).toEqual([]);
    }
  });

  it('an item without end punctuation is an error placed at its proposal, call and label', () => {
    const p = mod('34', (r) => {
      const list = firstList(r);
      list.items[1].text = list.items[1].text.replace(/;$/, '');
    });
    const found = checkContribution(input([p]));
    const f = found.find((x) => x.code === 'end-punctuation')!;
    expect(f.severity).toBe('error');
    expect(f.place).toMatchObject({ proposalId: 'p34', proposal: 'Resolution 34', call: 'recognizing', item: 'b)' });
    expect(f.message).toMatch(/no end punctuation/);
  });

  it('the last item ending in ";" and a "." no longer on the last item are errors', () => {
    const r = adopted('34');
    const lastCall = r.calls.length - 1;
    const p = mod('34', (d) => {
      const blocks = d.calls[lastCall].blocks;
      const last = blocks[blocks.length - 1];
      if (last.type === 'paragraph') blocks.push({ type: 'paragraph', text: 'to report on the results;' });
      else last.items.push({ text: 'to report on the results;' });
    });
    const found = checkContribution(input([p])).filter((f) => f.code === 'end-punctuation');
    expect(found.length).toBe(2);
    expect(found.map((f) => f.message).join('\n')).toMatch(/ends with "\." where .*";"/);
    expect(found.map((f) => f.message).join('\n')).toMatch(/ends with ";" where "\." is expected/);
  });

  it('empty items, calls and footnotes, missing reasons (SUP and NOC too), marks in an ADD', () => {
    const empty = mod('34', (r) => {
      firstList(r).items[0].text = '';
      r.calls.push({ phrase: 'noting', blocks: [] });
    });
    const sup: ProposalToCheck = { id: 's', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'SUP', draft: adopted('5'), reasons: '' };
    const noc: ProposalToCheck = { id: 'n', baseline: { edition: 'kigali-2022', number: '17' }, symbol: 'NOC', draft: adopted('17'), reasons: ' ' };
    const add = fromText('DRAFT NEW RESOLUTION [APT-1]\nA title\nThe World Telecommunication Development Conference (Baku, 2025),\nconsidering\na)\tthat {+new+} words;\nb)\tthat more,\nresolves\n1\tthat all is well.\n');
    const found = checkContribution(input([empty, sup, noc, { id: 'a', baseline: null, symbol: 'auto', draft: add, reasons: 'New.' }]));
    expect(codes(found)).toEqual(expect.arrayContaining(['empty-item', 'empty-call', 'marks-in-add']));
    expect(found.filter((f) => f.code === 'missing-reasons').map((f) => f.place.proposalId)).toEqual(['s', 'n']);
    expect(hasErrors(found)).toBe(true);
  });

  it('citations: a revision that does not exist is an error, one this contribution revises a warning', () => {
    const p = mod('34', (r) => {
      firstList(r).items[0].text = 'that Resolution 45 (Rev. Kigali, 2021) and Resolution 36 (Rev. Kigali, 2022) apply;';
    });
    const q = mod('36', () => undefined);
    const found = checkContribution(input([p, q]));
    expect(found.find((f) => f.code === 'citation-unknown-revision')?.message).toMatch(/Kigali, 2021/);
    expect(found.find((f) => f.code === 'citation-being-revised')?.severity).toBe('warning');
    // places the app knows no edition of (the Plenipotentiary's Dubai, 2018) are not judged
    expect(found.filter((f) => /Dubai/.test(f.message))).toEqual([]);
  });

  it("a colleague's changes still to review are a warning on their proposal, SUP and NOC included", () => {
    const p = mod('34', (r) => (r.title += ' revised'));
    const sup: ProposalToCheck = { id: 's', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'SUP', draft: adopted('5'), reasons: 'Done.', pendingReview: '1 change by Jane Colleague awaiting review' };
    const found = checkContribution(input([{ ...p, pendingReview: '3 changes by Jane Colleague and Ali Colleague awaiting review' }, sup, mod('36', () => undefined)]));
    const pending = found.filter((f) => f.code === 'review-pending');
    expect(pending.map((f) => [f.severity, f.place.proposalId])).toEqual([
      ['warning', 'p34'],
      ['warning', 's'],
    ]);
    expect(pending[0].message).toMatch(/^3 changes by Jane Colleague and Ali Colleague awaiting review: accept or reject them before sending/);
  });

  it('the target conference: no place, or a year outside the cycle, is a warning; an unrevised number line too', () => {
    const p = mod('34', (r) => (r.title += ' revised'));
    p.draft.numberLine = adopted('34').numberLine;
    const found = checkContribution(input([p], { place: '', year: 2026 }));
    expect(found.filter((f) => f.code === 'target-conference').map((f) => f.severity)).toEqual(['warning', 'warning']);
    const revisedFor = checkContribution(input([p], { place: 'Baku', year: 2025 }));
    expect(codes(revisedFor)).toContain('number-line-not-revised');
  });
});

describe('resdraft check', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'resdraft-check-'));

  it('a draft with an item missing its end punctuation exits 1 and names the place', async () => {
    const text = readFileSync(join(DIR, 'res-34.txt'), 'utf8').replace(/^(b\)\t.*);$/m, '$1');
    writeFileSync(join(dir, 'd34.txt'), text);
    const r = await resdraft(['check', join(dir, 'd34.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^error +Resolution 34 › recognizing › b\) \(line \d+\): The item has no end punctuation/m);
  });

  it('the adopted text exits 0; bad usage exits 2', async () => {
    expect((await resdraft(['check', '34'])).code).toBe(0);
    const none = await resdraft(['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected one operand/);
  });

  it('a contribution: missing reasons are errors; FILE#N checks one proposal', async () => {
    const c = newContribution(2025);
    c.settings.conference.place = 'Baku';
    const draft34 = adopted('34');
    draft34.numberLine = draft34.numberLine.replace('Kigali, 2022)', 'Baku, 2025)');
    draft34.conferenceLine = draft34.conferenceLine.replace('Kigali, 2022)', 'Baku, 2025)');
    c.proposals.push({ id: 'a', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: draft34, reasons: 'Updated.' });
    c.proposals.push({ id: 'b', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'SUP', draft: adopted('5'), reasons: '' });
    const file = join(dir, 'c.resdraft');
    writeFileSync(file, JSON.stringify(c));
    const all = await resdraft(['check', file]);
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/error +Resolution 5: The SUP proposal has no reasons/);
    const one = await resdraft(['check', `${file}#34`]);
    expect(one.stdout).not.toMatch(/Resolution 5/);
    const json = await resdraft(['check', `${file}#5`, '--format', 'json']);
    expect(JSON.parse(json.stdout).findings[0].code).toBe('missing-reasons');
    expect((await resdraft(['check', `${file}#99`])).code).toBe(2);
  });

  it("a contribution with a colleague's changes still to review: a warning naming who and how many, gone once reviewed", async () => {
    const c = newContribution(2025);
    c.settings.conference.place = 'Baku';
    const sent = adopted('34');
    sent.numberLine = sent.numberLine.replace('Kigali, 2022)', 'Baku, 2025)');
    const edited = structuredClone(sent);
    firstList(edited).items[0].text = firstList(edited).items[0].text.replace('that', 'that, as Jane noted,');
    firstList(edited).items[1].text = firstList(edited).items[1].text.replace(/;$/, ' worldwide;');
    c.proposals.push({ id: 'a', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: edited, reasons: 'Updated.', review: { before: sent, authors: ['Jane Colleague'] } });
    const file = join(dir, 'review.resdraft');
    writeFileSync(file, JSON.stringify(c));
    const r = await resdraft(['check', file]);
    expect(r.stdout).toMatch(/^warning +Resolution 34: 2 changes by Jane Colleague awaiting review: accept or reject them before sending/m);
    expect(r.code).toBe(0);
    // reviewed (the draft is what was sent, or the review dropped): nothing left to flag
    c.proposals[0].review = { before: edited, authors: ['Jane Colleague'] };
    writeFileSync(file, JSON.stringify(c));
    const json = await resdraft(['check', file, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)).not.toContain('review-pending');
  });
});
