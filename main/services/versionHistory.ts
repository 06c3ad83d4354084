import { randomUUID } from 'node:crypto';
import type { Contribution, ContributionVersion, Proposal } from '../../shared/contribution/schema';

function sameProposals(a: Proposal[], b: Proposal[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The latest version, if any. */
export function latestVersion(c: Contribution): ContributionVersion | undefined {
  return c.versions[c.versions.length - 1];
}

/** Whether the current proposals differ from the latest version (or there is none and there are proposals). */
export function changedSinceLatestVersion(c: Contribution): boolean {
  const latest = latestVersion(c);
  return latest ? !sameProposals(latest.proposals, c.proposals) : c.proposals.length > 0;
}

/** Returns `c` with a new version holding a deep copy of its current proposals. */
export function withVersion(c: Contribution, name: string, author: string, now: Date = new Date()): { contribution: Contribution; version: ContributionVersion } {
  const version: ContributionVersion = {
    id: randomUUID(),
    name,
    time: now.toISOString(),
    author,
    proposals: structuredClone(c.proposals),
  };
  return { contribution: { ...c, versions: [...c.versions, version] }, version };
}

/**
 * Restores version `versionId`: the current draft is first kept as a version (when it differs from
 * the latest one), then the version's proposals become the draft and the restore is recorded as a
 * new version. Every earlier version stays.
 */
export function withRestoredVersion(c: Contribution, versionId: string, author: string, now: Date = new Date()): Contribution {
  const target = c.versions.find((v) => v.id === versionId);
  if (!target) throw new Error(`There is no version with id "${versionId}" in this contribution.`);
  let next = c;
  if (changedSinceLatestVersion(next)) next = withVersion(next, `Before restoring "${target.name}"`, author, now).contribution;
  next = { ...next, proposals: structuredClone(target.proposals) };
  return withVersion(next, `Restored "${target.name}"`, author, now).contribution;
}
