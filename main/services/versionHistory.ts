import { randomUUID } from 'node:crypto';
import type { Contribution, ContributionVersion, VersionKind } from '../../shared/contribution/schema';
import { appendVersion, changedSinceLatestVersion, versionHeader, versionProposals } from '../../shared/contribution/versionChain';

export { changedSinceLatestVersion };

/** Returns `c` with a new version holding a copy of its current proposals (older versions become deltas). */
export function withVersion(
  c: Contribution,
  name: string,
  kind: VersionKind,
  author: string,
  now: Date = new Date(),
): { contribution: Contribution; version: Omit<ContributionVersion, 'proposals'> } {
  const header = { id: randomUUID(), name, kind, time: now.toISOString(), author };
  return { contribution: { ...c, versions: appendVersion(c.versions, header, c.proposals) }, version: header };
}

/** One version with its proposals rebuilt. */
export function versionOf(c: Contribution, versionId: string): ContributionVersion {
  const v = c.versions.find((x) => x.id === versionId);
  if (!v) throw new Error(`There is no version with id "${versionId}" in this contribution.`);
  return { ...versionHeader(v), proposals: versionProposals(c.versions, versionId) };
}

/**
 * Restores version `versionId`: the current draft is first kept as a version (when it differs from
 * the latest one), then the version's proposals become the draft and the restore is recorded as a
 * new version. Every earlier version stays.
 */
export function withRestoredVersion(c: Contribution, versionId: string, author: string, now: Date = new Date()): Contribution {
  const target = versionOf(c, versionId);
  let next = c;
  if (changedSinceLatestVersion(next)) next = withVersion(next, `Before restoring "${target.name}"`, 'restore', author, now).contribution;
  next = { ...next, proposals: target.proposals };
  return withVersion(next, `Restored "${target.name}"`, 'restore', author, now).contribution;
}
