import type { Corpus } from '../services/corpus';
import { checkAgainstEdition, colleagueReviewLine, describeProposal } from '../services/wordDocument';
import type { CliIO } from './command';
import { openWordForCli } from './wordOperand';


/** A colleague's pending changes, only when there are some (the JSON stays as it was otherwise). */
function reviewOf(p: Parameters<typeof colleagueReviewLine>[0]): { review?: string } {
  const line = colleagueReviewLine(p);
  return line ? { review: line } : {};
}

/** `resdraft list file.docx`: each proposal, its title, and how its unmarked text compares with the edition. */
export async function listWordProposals(path: string, corpus: Corpus, format: 'text' | 'json', io: CliIO): Promise<void> {
  const doc = await openWordForCli(path);
  const rows = doc.contribution.proposals.map((p) => ({
    symbol: p.symbol,
    number: p.number,
    resolution: p.resolution,
    title: (p.draft ?? p.baseline)?.title || (p.resolution && corpus.has(p.resolution) ? (corpus.list().find((r) => r.number === p.resolution)?.title ?? '') : ''),
    where: p.where,
    differences: checkAgainstEdition(p, corpus),
    unplaced: p.unplaced.map((u) => `${u.where}: ${u.reason}`),
    notices: p.notices.draft,
    ...reviewOf(p),
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ path, authors: doc.contribution.authors, proposals: rows }, null, 2)}\n`);
    return;
  }
  doc.contribution.proposals.forEach((p, i) => {
    const r = rows[i];
    io.stdout(`${describeProposal(p)}  ${r.title}\n`);
    for (const d of r.differences) io.stdout(`  warning: ${d}\n`);
    for (const u of r.unplaced) io.stdout(`  left out: ${u}\n`);
    for (const n of r.notices) io.stdout(`  notice: ${n}\n`);
    if (r.review) io.stdout(`  ${r.review}\n`);
  });
}
