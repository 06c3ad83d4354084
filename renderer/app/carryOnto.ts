import { carriedConflicts } from '../../shared/contribution/carriedSchema';
import { draftOf } from '../../shared/contribution/proposalDraft';
import type { Proposal } from '../../shared/contribution/schema';
import type { EditionSummary } from '../../shared/corpus/edition';
import { rebase } from '../../shared/engine/rebase';
import type { ContributionStore } from '../store/contributionStore';
import { t } from './uiLanguage';

/** An edition as a delegate names it: `Baku (2025)`. */
export function editionName(e: Pick<EditionSummary, 'place' | 'year'>): string {
  return `${e.place} (${e.year})`;
}

const STRINGS = {
  version: (n: string, edition: string): string => t('carry.version', { n, edition }),
  notHeld: (n: string, edition: string, from: string): string => t('carry.notHeld', { n, edition, from }),
  get notRecorded() {
    return t('carry.notRecorded');
  },
  noConflicts: (n: string, edition: string, version: string): string => t('carry.noConflicts', { n, edition, version }),
};

/**
 * The newest edition the app knows that is newer than the one a proposal names (by year), or
 * undefined when it names the newest already.
 */
export function newerEdition(editions: readonly EditionSummary[], current: string): EditionSummary | undefined {
  const at = editions.find((e) => e.id === current);
  if (!at) return undefined;
  const newest = [...editions].sort((a, b) => b.year - a.year)[0];
  return newest && newest.year > at.year ? newest : undefined;
}

/** Each carried proposal as it was before, for Undo, while this window is open. */
const before = new Map<string, Proposal>();

/** The proposal as it stood before it was carried, while Undo can bring it back. */
export function carriedFrom(proposalId: string): Proposal | undefined {
  return before.get(proposalId);
}

/** Undoes the carrying of a proposal (one edit: its baseline, draft and conflicts as they were). */
export function undoCarry(store: ContributionStore, proposalId: string): void {
  const was = before.get(proposalId);
  if (!was) return;
  before.delete(proposalId);
  store.apply({ type: 'proposal', proposal: was });
}

/**
 * Carries a proposal onto a newer edition: the engine's `rebase` of its draft (the adopted texts
 * from the store), recorded first as a named version (nothing is lost), then one edit that
 * replaces its baseline with the edition's text and its draft with the rebased draft, and keeps the
 * conflicts for the delegate to decide. Returns an error message, or the number of conflicts.
 */
export async function carryOnto(store: ContributionStore, proposalId: string, edition: EditionSummary, from: EditionSummary): Promise<{ error: string } | { conflicts: number }> {
  const p = store.proposal(proposalId);
  if (!p?.baseline) return { conflicts: 0 };
  const number = p.baseline.number;
  const target = { edition: edition.id, number };
  const editions = await store.knownEditions();
  if (!editions.find((e) => e.id === edition.id)?.numbers.includes(number)) return { error: STRINGS.notHeld(number, editionName(edition), editionName(from)) };
  const [old, next] = await Promise.all([store.loadBaseline(p.baseline), store.loadBaseline(target)]);
  const version = STRINGS.version(number, editionName(edition));
  if (!(await store.createVersion(version))) return { error: STRINGS.notRecorded };
  // the draft as it is now, after the version recorded it
  const now = store.proposal(proposalId) ?? p;
  const result = rebase(old, draftOf(now), next);
  const carried: Proposal = { ...now, baseline: target, draft: result.draft };
  delete carried.carried;
  if (result.conflicts.length) carried.carried = { from: p.baseline, conflicts: carriedConflicts(result.conflicts) };
  before.set(proposalId, now);
  store.apply({ type: 'proposal', proposal: carried });
  if (!result.conflicts.length) store.tell(STRINGS.noConflicts(number, editionName(edition), version));
  return { conflicts: result.conflicts.length };
}
