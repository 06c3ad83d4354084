import { draftOf } from '../../shared/contribution/proposalDraft';
import type { Proposal } from '../../shared/contribution/schema';
import { proposalChanges, proposalNumber } from '../../shared/export/fromContribution';
import type { Resolution } from '../../shared/model/resolution';
import { provenanceLines } from '../../shared/synopsis/provenance';
import { readContributionFile } from '../services/contributionFile';
import type { Corpus } from '../services/corpus';
import { UsageError, type CliIO } from './command';

/** The symbol a proposal carries (derived from its draft when `auto`). */
function symbolOf(p: Proposal, corpus: Corpus): string {
  if (p.symbol !== 'auto') return p.symbol;
  let baseline: Resolution | null = null;
  if (p.baseline) {
    try {
      baseline = corpus.resolution(p.baseline.number, p.baseline.edition);
    } catch {
      return 'MOD';
    }
  }
  try {
    return proposalChanges(p.symbol, baseline, draftOf(p)).symbol;
  } catch {
    return p.baseline ? 'MOD' : 'ADD';
  }
}

/**
 * `resdraft list file.resdraft`: each proposal (number, symbol, resolution and edition, title)
 * and, for a common proposal merged from several sources, where each adopted change came from.
 */
export function listContributionProposals(path: string, corpus: Corpus, format: 'text' | 'json', io: CliIO): void {
  let read;
  try {
    read = readContributionFile(path);
  } catch (e) {
    // a file that cannot be read or is not a contribution is an input error (exit 2)
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const c = read.contribution;
  const rows = c.proposals.map((p, i) => ({
    id: p.id,
    number: proposalNumber(c.settings.proposalPrefix, i + 1),
    symbol: symbolOf(p, corpus),
    resolution: p.baseline?.number ?? null,
    edition: p.baseline?.edition ?? null,
    title: draftOf(p).title,
    ...(p.provenance ? { provenance: p.provenance } : {}),
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ path, source: c.settings.source, proposals: rows }, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) io.stdout(`${path}: no proposals\n`);
  for (const r of rows) {
    const on = r.resolution ? `Resolution ${r.resolution} (${r.edition})` : 'draft new resolution';
    io.stdout(`${r.number}  ${r.symbol}  ${on}  ${r.title}\n`);
    if (r.provenance) for (const line of provenanceLines(r.provenance)) io.stdout(`  ${line}\n`);
  }
}
