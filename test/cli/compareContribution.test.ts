import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Contribution } from '../../shared/contribution/schema';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { ROOT, resdraft } from '../support/runCli';
import { draftModel } from '../support/draftModel';
import { appendVersion } from '../../shared/contribution/versionChain';

const base34 = readFileSync(join(ROOT, 'resources/baseline/kigali-2022/res-34.txt'), 'utf8');
const base5 = readFileSync(join(ROOT, 'resources/baseline/kigali-2022/res-5.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'resdraft-contrib-'));

function contribution(): { file: string; v1: string; current: string } {
  const v1 = base34.replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)');
  const current = v1.replace('early warning, rescue', 'early warning, anticipatory action, rescue');
  const c: Contribution = newContribution(2025);
  c.proposals = [
    { id: 'p1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: draftModel(current), reasons: 'Update.' },
    { id: 'p2', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'auto', draft: draftModel(base5), reasons: 'None.' },
  ];
  c.versions = appendVersion([], { id: 'v1', name: 'sent to the regional preparatory meeting', kind: 'named', time: '2025-03-01T10:00:00.000Z', author: 'APT' }, [{ ...c.proposals[0], draft: draftModel(v1) }, c.proposals[1]]);
  const file = join(tmp, 'apt.resdraft');
  writeFileSync(file, JSON.stringify(c, null, 2));
  return { file, v1, current };
}

describe('npx resdraft compare with contribution files', () => {
  it('compares a saved version with the current draft of one proposal: exactly the edit made since', async () => {
    const { file, v1, current } = contribution();
    const r = await resdraft(['compare', `${file}#34@v1`, `${file}#34`]);
    expect(r.code).toBe(0);
    expect(acceptAll(r.stdout)).toBe(current);
    expect(rejectAll(r.stdout)).toBe(v1);
    expect(r.stdout).toContain('early warning,{+ anticipatory action,+} rescue');
    expect(r.stdout).not.toContain('[-Kigali');
  });

  it('compares the adopted text with a proposal picked by resolution number, and by version name', async () => {
    const { file } = contribution();
    const r = await resdraft(['compare', '34', `${file}#34@sent to the regional preparatory meeting`, '--format', 'json']);
    expect(r.code).toBe(0);
    const cs = JSON.parse(r.stdout);
    expect(cs.action).toBe('MOD');
    expect(cs.stats.insertedWords).toBe(2);
    const noc = await resdraft(['compare', '5', `${file}#5`, '--format', 'json']);
    expect(JSON.parse(noc.stdout).action).toBe('NOC');
  });

  it('names what is missing: no such proposal, no such version, several proposals without a pick', async () => {
    const { file } = contribution();
    const none = await resdraft(['compare', '34', `${file}#17`]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no proposal on Resolution 17; proposals: 34, 5');
    const noVersion = await resdraft(['compare', '34', `${file}#34@v9`]);
    expect(noVersion.stderr).toContain('no version "v9"; versions: v1');
    const ambiguous = await resdraft(['compare', '34', file]);
    expect(ambiguous.stderr).toContain('holds 2 proposals (34, 5); pick one with');
  });
});
