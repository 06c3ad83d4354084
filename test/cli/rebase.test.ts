import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { countChanges } from '../../shared/engine/changeCount';
import { newContribution } from '../../shared/contribution/newContribution';
import { fromText } from '../../shared/text/fromText';
import { resdraft } from '../support/runCli';
import { runInProcess } from '../support/runCli';
import { modifiedAnnex } from '../word/modifiedAnnex';

const data = mkdtempSync(join(tmpdir(), 'resdraft-rebase-'));
process.env.RESDRAFT_DATA_DIR = data;
const work = mkdtempSync(join(tmpdir(), 'resdraft-rebase-work-'));
const KIGALI_34 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-34.txt'), 'utf8');
/** What the Baku edition changed in Resolution 34 besides its place and year (see modifiedAnnex). */
const EDITION_WORDS = ['that there is a growing general awareness', 'that there is a broad awareness'] as const;

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  const annex = file('baku-annex.txt', modifiedAnnex());
  const r = await runInProcess(['edition', 'import', annex, '--name', 'baku-2025']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

describe('resdraft rebase: a Kigali draft carried onto the Baku edition', () => {
  it('keeps the delegate’s change, takes the edition’s, and against Baku shows only the delegate’s (exit 0)', async () => {
    const draft = file('d34.txt', KIGALI_34.replace('natural and man-made disasters', 'natural, technological and man-made disasters'));
    const r = await resdraft(['rebase', draft, '--onto', 'baku-2025']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('natural, technological and man-made disasters');
    expect(r.stdout).toContain(EDITION_WORDS[1]);
    expect(r.stdout.split('\n')[0]).toBe('RESOLUTION 34 (Rev. Baku, 2025)');
    const shown = await resdraft(['compare', '34', '-', '--edition', 'baku-2025'], r.stdout);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('natural{+, technological+} and');
    expect(shown.stdout).not.toContain('[-growing general');
    expect(shown.stdout).not.toContain('{+broad');
    const baku = fromText((await resdraft(['show', '34', '--edition', 'baku-2025'])).stdout);
    expect(countChanges(compare(baku, fromText(r.stdout)).rows)).toBe(1);
  });

  it('the same words changed by the edition and the delegate: a conflict in JSON, the delegate’s wording kept, exit 1', async () => {
    const draft = file('c34.txt', KIGALI_34.replace(EDITION_WORDS[0], 'that there is a deep awareness'));
    const r = await runInProcess(['rebase', draft, '--onto', 'baku-2025', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { resolution: string; from: string; onto: string; draft: string; conflicts: Array<Record<string, unknown>> };
    expect(out).toMatchObject({ resolution: '34', from: 'kigali-2022', onto: 'baku-2025' });
    expect(out.draft).toContain('that there is a deep awareness');
    expect(out.conflicts).toHaveLength(1);
    expect(out.conflicts[0]).toMatchObject({ kind: 'item', label: 'a)', call: 'recognizing' });
    expect(out.conflicts[0].old).toContain(EDITION_WORDS[0]);
    expect(out.conflicts[0].edition).toContain(EDITION_WORDS[1]);
    expect(out.conflicts[0].delegate).toContain('that there is a deep awareness');
    expect(out.draft.split('\n')[out.conflicts[0].line as number]).toContain('deep awareness');
    const text = await runInProcess(['rebase', draft, '--onto', 'baku-2025']);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('conflict 1 of 1, "recognizing" a)');
    expect(text.stderr).toContain('edition:  that there is a broad awareness');
  });

  it('a proposal of a contribution file names its own edition; -o writes the result and never over the input', async () => {
    const c = newContribution(2029);
    c.proposals.push({ id: 'p1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(KIGALI_34.replace('steadily increasing', 'increasing steadily')), reasons: 'Why.' });
    const path = file('c.resdraft', JSON.stringify(c));
    const out = join(work, 'rebased.txt');
    const r = await runInProcess(['rebase', `${path}#34`, '--onto', 'baku-2025', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('increasing steadily');
    const before = statSync(path).mtimeMs;
    const over = await runInProcess(['rebase', `${path}#34`, '--onto', 'baku-2025', '-o', path]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('over its own input');
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('a draft revised for the target conference is taken as based on the closest edition, and keeps its revision', async () => {
    const draft = file('t34.txt', KIGALI_34.replace('(Rev. Kigali, 2022)', '(Rev. Riyadh, 2029)').replace('(Kigali, 2022),', '(Riyadh, 2029),'));
    const r = await runInProcess(['rebase', draft, '--onto', 'baku-2025']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('taken as kigali-2022');
    expect(r.stdout.split('\n')[0]).toBe('RESOLUTION 34 (Rev. Riyadh, 2029)');
    expect(r.stdout).toContain(EDITION_WORDS[1]);
  });

  it('bad input is refused with exit 2 and a message in the user’s terms', async () => {
    const draft = file('b34.txt', KIGALI_34);
    const cases: Array<[string[], string]> = [
      [['rebase', draft], 'missing --onto'],
      [['rebase', draft, '--onto', 'nowhere-2031'], 'unknown baseline edition "nowhere-2031"'],
      [['rebase', draft, '--onto', 'kigali-2022'], 'already made on kigali-2022'],
      [['rebase', file('new.txt', 'DRAFT NEW RESOLUTION [X-1]\nTitle\nThe World Telecommunication Development Conference (Baku, 2025),\nresolves\n1\tto do;\n'), '--onto', 'baku-2025'], 'draft new resolution'],
      [['rebase', join(work, 'missing.txt'), '--onto', 'baku-2025'], 'missing.txt'],
    ];
    for (const [args, message] of cases) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
  });
});
