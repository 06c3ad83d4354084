import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serializeContribution } from '../../main/services/contributionFile';
import { parseContributionText } from '../../shared/contribution/parseContribution';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Contribution, Proposal } from '../../shared/contribution/schema';
import { appendVersion, versionProposals } from '../../shared/contribution/versionChain';
import { applyHunks, diffLines } from '../../shared/contribution/versionDelta';
import { proposalFor } from './sampleContribution';

const NUMBERS = readdirSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022'))
  .map((f) => /^res-(\d+)\.txt$/.exec(f)?.[1])
  .filter((n): n is string => Boolean(n));

function edit(proposals: Proposal[], i: number): void {
  const p = proposals[i % proposals.length];
  const block = p.draft.calls[i % p.draft.calls.length].blocks[0];
  if (block.type === 'paragraph') block.text = `${block.text} ${i}`;
  else block.items[0].text = `${block.items[0].text} ${i}`;
}

describe('history that scales', () => {
  it('a delta turns one version into the other, both ways of every kind of change', () => {
    const a = ['{', ' "x": 1,', ' "text": "the quick brown fox",', ' "y": 2', '}'];
    for (const b of [a, [...a.slice(0, 2), ' "text": "the quick red fox",', ...a.slice(3)], [...a.slice(0, 3), ' "new": 0,', ...a.slice(3)], [a[0], a[4]], ['x'], []]) {
      expect(applyHunks(a, diffLines(a, b))).toEqual(b);
      expect(applyHunks(b, diffLines(b, a))).toEqual(a);
    }
  });

  it('14 proposals saved with small edits: every version rebuilds exactly, and 10,000 saves stay far under 5 MB', () => {
    const SAVES = 600;
    let c: Contribution = newContribution(2025);
    c.proposals = NUMBERS.map((n) => proposalFor(n));
    expect(c.proposals).toHaveLength(14);
    const snapshots: Proposal[][] = [];
    let first = 0;
    for (let i = 0; i < SAVES; i++) {
      edit(c.proposals, i);
      c = { ...c, versions: appendVersion(c.versions, { id: `v${i}`, name: 'Saved', kind: 'saved', time: '2025-01-01T00:00:00.000Z', author: 'a' }, c.proposals) };
      if (i % 97 === 0) snapshots[i] = structuredClone(c.proposals);
      if (i === 0) first = serializeContribution(c).length;
    }
    const text = serializeContribution(c);
    const read = parseContributionText(text);
    for (const [i, p] of snapshots.entries()) if (p) expect(versionProposals(read.versions, `v${i}`)).toEqual(p);
    const perSave = (text.length - first) / (SAVES - 1);
    const at10000 = first + perSave * 9999;
    console.log(`history: ${(first / 1024).toFixed(0)} KB after one save, ${perSave.toFixed(0)} B per small-edit save, ~${(at10000 / 1024 / 1024).toFixed(2)} MB after 10,000`);
    expect(at10000).toBeLessThan(5 * 1024 * 1024);
    expect(perSave).toBeLessThan(300);
  }, 120_000);

  it('a damaged version in the history is named by its place, and the file is refused as damaged', () => {
    let c: Contribution = newContribution(2025);
    c.proposals = [proposalFor('34')];
    for (let i = 0; i < 4; i++) {
      edit(c.proposals, i);
      c = { ...c, versions: appendVersion(c.versions, { id: `v${i}`, name: 'Saved', kind: 'saved', time: '2025-01-01T00:00:00.000Z', author: 'a' }, c.proposals) };
    }
    const good = JSON.parse(serializeContribution(c));
    expect(parseContributionText(JSON.stringify(good))).toEqual(c);
    const cases: [(j: { versions: Record<string, unknown>[] }) => void, RegExp][] = [
      [(j) => (j.versions[1].time = 'yesterday'), /damaged: versions\[1\]\.time: expected an ISO 8601 time/],
      [(j) => (j.versions[2].delta = [[1, 2]]), /damaged: versions\[2\]\.delta\[0\]: expected a change/],
      [(j) => (j.versions[0].kind = 'auto'), /damaged: versions\[0\]\.kind/],
      [(j) => (j.versions[0].proposals = []), /damaged: versions\[0\]\.proposals: only the newest version may hold full proposals/],
      [(j) => delete j.versions[3].proposals, /damaged: versions\[3\]/],
    ];
    for (const [damage, says] of cases) {
      const j = structuredClone(good);
      damage(j);
      expect(() => parseContributionText(JSON.stringify(j))).toThrow(says);
    }
  });
});
