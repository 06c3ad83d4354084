import { useEffect, useState } from 'react';
import { checkContribution, type ProposalToCheck } from '../../shared/checks/checkContribution';
import { pendingReviewLine } from '../../shared/contribution/colleagueReview';
import { knownEdition, type KnownEdition } from '../../shared/checks/citations';
import type { Finding } from '../../shared/checks/finding';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { HostApi } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { draftOf } from '../../shared/contribution/proposalDraft';

/** Per host, each edition's knowledge for the checks (by id and size), read once: its numbers and number lines. */
const editionCache = new WeakMap<HostApi, Map<string, Promise<KnownEdition>>>();

/** Every edition the host knows (bundled and imported), as the citation checks read them. */
async function knownEditions(host: HostApi): Promise<KnownEdition[]> {
  let cache = editionCache.get(host);
  if (!cache) editionCache.set(host, (cache = new Map()));
  const known = cache;
  const editions = await host.listEditions();
  return Promise.all(
    editions.map((e) => {
      const key = `${e.id}\u0001${e.resolutions}`;
      let hit = known.get(key);
      if (!hit) {
        hit = (async () => {
          const list = await host.listResolutions(e.id);
          const lines = await Promise.all(list.map((r) => host.getBaselineText(r.number, e.id).then((t) => t.split('\n', 1)[0], () => undefined)));
          return knownEdition(e, list.map((r, i) => ({ number: r.number, numberLine: lines[i] })));
        })();
        hit.catch(() => known.delete(key));
        known.set(key, hit);
      }
      return hit;
    }),
  );
}

/** The checks before sending, run on the contribution as it is now (baselines from the host). */
export function useChecks(host: HostApi, content: ContributionContent | null): { findings: Finding[] | null; error: string | null } {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!content) return;
    let cancelled = false;
    (async () => {
      const editions = await knownEditions(host);
      const baselines = new Map<string, Resolution>();
      for (const p of content.proposals) {
        const ref = p.baseline;
        if (!ref || baselines.has(`${ref.edition}/${ref.number}`)) continue;
        baselines.set(`${ref.edition}/${ref.number}`, fromText(await host.getBaselineText(ref.number, ref.edition)));
      }
      const proposals: ProposalToCheck[] = [];
      const unreadable: Finding[] = [];
      for (const p of content.proposals) {
        try {
          proposals.push({ id: p.id, baseline: p.baseline, symbol: p.symbol, draft: draftOf(p), reasons: p.reasons, pendingReview: pendingReviewLine(p) });
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
        baselineOf: (ref) => baselines.get(`${ref.edition}/${ref.number}`) ?? null,
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
  }, [host, content]);
  return { findings, error };
}
