import { useEffect, useState } from 'react';
import { checkContribution, type ProposalToCheck } from '../../shared/checks/checkContribution';
import { pendingReviewLine } from '../../shared/contribution/colleagueReview';
import type { Finding } from '../../shared/checks/finding';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { Resolution } from '../../shared/model/resolution';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { baselineKey } from '../store/adoptedTexts';
import type { ContributionStore } from '../store/contributionStore';

/** The checks before sending, run on the contribution as it is now: adopted texts and outcomes from the store. */
export function useChecks(store: ContributionStore, content: ContributionContent | null): { findings: Finding[] | null; error: string | null } {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!content) return;
    let cancelled = false;
    (async () => {
      const editions = await store.knownEditions();
      const baselines = new Map<string, Resolution>();
      for (const p of content.proposals) if (p.baseline) baselines.set(baselineKey(p.baseline), await store.loadBaseline(p.baseline));
      const proposals: ProposalToCheck[] = [];
      const unreadable: Finding[] = [];
      for (const p of content.proposals) {
        try {
          const outcome = store.outcomeOf(p.id) ?? undefined;
          proposals.push({ id: p.id, baseline: p.baseline, symbol: p.symbol, draft: draftOf(p), reasons: p.reasons, pendingReview: pendingReviewLine(p), outcome });
        } catch (e) {
          unreadable.push({
            code: 'draft-unreadable',
            severity: 'error',
            message: `The draft cannot be read: ${e instanceof Error ? e.message : String(e)}`,
            place: { proposalId: p.id, proposal: p.baseline ? `Resolution ${p.baseline.number}` : 'Draft new resolution' },
          });
        }
      }
      const found = checkContribution({
        proposals,
        target: content.settings.conference,
        baselineOf: (ref) => baselines.get(baselineKey(ref)) ?? null,
        editions,
      });
      if (!cancelled) {
        setFindings([...unreadable, ...found]);
        setError(null);
      }
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [store, content]);
  return { findings, error };
}
