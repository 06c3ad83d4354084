/** Writes delegations' drafts as the files a coordinator receives: contribution files and draft texts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Proposal } from '../../shared/contribution/schema';
import type { DelegationDraft } from './scenario';

/** One proposal of a contribution file. */
export interface FileProposal {
  number: string;
  draft: DelegationDraft['draft'];
  reasons: string;
  symbol?: Proposal['symbol'];
  edition?: string;
}

/** Write a contribution file for `source` with the given proposals; returns its path. */
export function writeContribution(dir: string, file: string, source: string, prefix: string, proposals: FileProposal[]): string {
  const c = newContribution(2025);
  c.settings.source = source;
  c.settings.proposalPrefix = prefix;
  c.proposals = proposals.map((p, i) => ({
    id: `p${i + 1}`,
    baseline: { edition: p.edition ?? 'kigali-2022', number: p.number },
    symbol: p.symbol ?? 'auto',
    draft: p.draft,
    reasons: p.reasons,
  }));
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(c, null, 2));
  return path;
}

/** Write each delegation's draft of one resolution as its own contribution file. */
export function writeDelegations(dir: string, number: string, drafts: readonly DelegationDraft[]): string[] {
  return drafts.map((d) => writeContribution(dir, `${d.name.toLowerCase()}.resdraft`, d.source, d.prefix, [{ number, draft: d.draft, reasons: d.reasons }]));
}
