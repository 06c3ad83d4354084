import { z } from 'zod';
import { ProposalSchema, type Contribution, type ContributionVersion, type Proposal, type StoredVersion, type VersionKind } from './schema';
import { sameValue } from './draftLayout';
import { applyHunks, DeltaError, diffLines, fromDeltaLines, toDeltaLines } from './versionDelta';

/** The global `structuredClone` (every host has it; shared/ compiles without Node or DOM types). */
const deepCopy = <T>(value: T): T => (globalThis as unknown as { structuredClone<U>(v: U): U }).structuredClone(value);

/** What identifies a version, without its proposals. */
export type VersionHeader = Omit<ContributionVersion, 'proposals'>;

/** The header of a stored version. */
export function versionHeader(v: StoredVersion | ContributionVersion): VersionHeader {
  return { id: v.id, name: v.name, kind: v.kind, time: v.time, author: v.author };
}

const ProposalsSchema = z.array(ProposalSchema);

/** The delta lines of the newest versions' proposals, so each save computes them once. */
const linesOf = new WeakMap<readonly Proposal[], string[]>();

function cachedLines(proposals: readonly Proposal[]): string[] {
  let lines = linesOf.get(proposals);
  if (!lines) {
    lines = toDeltaLines(proposals);
    linesOf.set(proposals, lines);
  }
  return lines;
}

/**
 * The versions with `header` appended as the newest, holding `proposals`. The previous newest
 * keeps only the delta from the new one to itself, so the history grows by the size of the edit.
 */
export function appendVersion(versions: readonly StoredVersion[], header: VersionHeader, proposals: Proposal[]): StoredVersion[] {
  const out = [...versions];
  const last = out[out.length - 1];
  const copy = deepCopy(proposals);
  const lines = toDeltaLines(copy);
  linesOf.set(copy, lines);
  if (last?.proposals) {
    out[out.length - 1] = { ...versionHeader(last), delta: diffLines(lines, cachedLines(last.proposals)) };
  }
  out.push({ ...header, proposals: copy });
  return out;
}

/**
 * The proposals of version `id`, rebuilt from the newest version through the deltas after it.
 * Throws a message naming the version when the stored deltas do not rebuild (a damaged file).
 */
export function versionProposals(versions: readonly StoredVersion[], id: string): Proposal[] {
  const index = versions.findIndex((v) => v.id === id);
  if (index < 0) throw new Error(`There is no version with id "${id}" in this contribution.`);
  const newest = versions[versions.length - 1];
  if (!newest.proposals) throw new Error('The contribution is damaged: its newest version holds no proposals.');
  if (index === versions.length - 1) return deepCopy(newest.proposals);
  let lines = cachedLines(newest.proposals);
  try {
    for (let i = versions.length - 2; i >= index; i--) lines = applyHunks(lines, versions[i].delta ?? []);
    return ProposalsSchema.parse(fromDeltaLines(lines));
  } catch (e) {
    const why = e instanceof DeltaError ? e.message : 'its rebuilt proposals are not valid';
    throw new Error(`Version "${versions[index].name}" of ${versions[index].time} cannot be rebuilt: the contribution is damaged (${why}).`, { cause: e });
  }
}

/** The newest version's proposals, or `undefined` when there is none. */
export function newestProposals(c: Pick<Contribution, 'versions'>): Proposal[] | undefined {
  return c.versions[c.versions.length - 1]?.proposals;
}

/** Whether the current proposals differ from the newest version (or there is none and there are proposals). */
export function changedSinceLatestVersion(c: Pick<Contribution, 'versions' | 'proposals'>): boolean {
  const latest = newestProposals(c);
  return latest ? !sameValue(latest, c.proposals) : c.proposals.length > 0;
}

/** The version with this id, or else this name (the newest of that name); `undefined` when none. */
export function findVersion(versions: readonly StoredVersion[], key: string): StoredVersion | undefined {
  return versions.find((v) => v.id === key) ?? [...versions].reverse().find((v) => v.name === key);
}

/** The kind a version of schema 1 had, from its name (schema 1 had no kinds). */
export function kindFromName(name: string): VersionKind {
  if (name === 'Saved') return 'saved';
  if (/^(Before restoring|Restored) "/.test(name)) return 'restore';
  return 'named';
}
