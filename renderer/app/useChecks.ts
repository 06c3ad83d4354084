import { useEffect, useState } from 'react';
import { checkContribution, type ProposalToCheck } from '../../shared/checks/checkContribution';
import type { EditionText } from '../../shared/checks/impact';
import { pendingReviewMessage } from '../../shared/contribution/colleagueReview';
import type { Finding } from '../../shared/checks/finding';
import { editedSinceSubmission } from '../../shared/contribution/proposalLife';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { Resolution } from '../../shared/model/resolution';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { baselineKey } from '../store/adoptedTexts';
import type { ContributionStore } from '../store/contributionStore';
import { said, words } from '../../shared/i18n/translate';

/** Every resolution of the editions the proposals revise, for the impact on texts that cite them (read once each, by the store). */
async function editionTexts(store: ContributionStore, content: ContributionContent, editions: Awaited<ReturnType<ContributionStore['knownEditions']>>): Promise<Map<string, EditionText[]>> {
  const out = new Map<string, EditionText[]>();
  for (const id of new Set(content.proposals.flatMap((p) => (p.baseline ? [p.baseline.edition] : [])))) {
    const edition = editions.find((e) => e.id === id);
    if (!edition) continue;
    out.set(id, await Promise.all(edition.numbers.map(async (number) => ({ number, resolution: await store.loadBaseline({ edition: id, number }) }))));
  }
  return out;
}

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
      const texts = await editionTexts(store, content, editions);
      const proposals: ProposalToCheck[] = [];
      const unreadable: Finding[] = [];
      for (const p of content.proposals) {
        try {
          const outcome = store.outcomeOf(p.id) ?? undefined;
          const draft = draftOf(p);
          const edited = editedSinceSubmission({ ...p, draft }) ? { editedAfterSubmission: p.secretariatNumber ? { secretariatNumber: p.secretariatNumber } : {} } : {};
          proposals.push({ id: p.id, baseline: p.baseline, symbol: p.symbol, draft, reasons: p.reasons, pendingReview: pendingReviewMessage(p), carriedConflicts: p.carried?.conflicts.length ?? 0, outcome, ...edited });
        } catch (e) {
          unreadable.push({
            code: 'draft-unreadable',
            severity: 'error',
            ...said('checks.unreadable', { reason: e instanceof Error ? e.message : String(e) }),
            place: { proposalId: p.id, proposal: p.baseline ? `Resolution ${p.baseline.number}` : 'Draft new resolution', words: { proposal: p.baseline ? words('findings.resolution', { n: p.baseline.number }) : words('proposal.draftNew') } },
          });
        }
      }
      const found = checkContribution({
        proposals,
        target: content.settings.conference,
        baselineOf: (ref) => baselines.get(baselineKey(ref)) ?? null,
        editions,
        editionTexts: (edition) => texts.get(edition) ?? null,
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
