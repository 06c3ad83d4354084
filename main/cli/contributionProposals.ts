import { pendingReviewLine } from '../../shared/contribution/colleagueReview';
import { editedSinceSubmission, statusOf, type ProposalStatus } from '../../shared/contribution/proposalLife';
import { ContributionFileError } from '../../shared/contribution/parseContribution';
import { ProposalExportError, exportContribution } from '../../shared/export/fromContribution';
import { ProposalNumberError } from '../../shared/export/proposalNumber';
import { provenanceLines } from '../../shared/synopsis/provenance';
import { readContributionFile } from '../services/contributionFile';
import type { Corpus } from '../services/corpus';
import { InputRefusedError } from '../services/inputFile';
import { UsageError, type CliIO } from './command';

/** A status as the list prints it: `submitted, secretariat number ABC/25/3`. */
function statusLine(status: ProposalStatus, number: string | undefined): string {
  return number ? `${status}, secretariat number ${number}` : status;
}

/**
 * `resdraft list file.resdraft`: each proposal as the export numbers it, in the form
 * `resdraft list file.docx` prints for the exported document: `MOD TST/42A1/1 (Resolution 34)  title`;
 * under it, its status (and the secretariat's number) and co-signatories, a colleague's changes still to review, and for a common proposal merged from several
 * sources, where each adopted change came from.
 */
export function listContributionProposals(path: string, corpus: Corpus, format: 'text' | 'json', io: CliIO): void {
  let ready;
  try {
    const read = readContributionFile(path);
    for (const n of read.notices) io.stderr(`notice: ${n}\n`);
    ready = exportContribution(read.contribution, (ref) => corpus.resolution(ref.number, ref.edition));
    const rows = ready.proposals.map((p, i) => {
      const proposal = read.contribution.proposals[i];
      const { baseline, provenance } = proposal;
      const title = p.changes.rows.find((r) => r.kind === 'title');
      const review = pendingReviewLine(proposal);
      const life = {
        status: statusOf(proposal),
        ...(proposal.secretariatNumber ? { secretariatNumber: proposal.secretariatNumber } : {}),
        cosignatories: proposal.cosignatories ?? [],
        ...(editedSinceSubmission(proposal) ? { editedSinceSubmission: true } : {}),
      };
      return { symbol: p.symbol, number: p.number, resolution: baseline?.number ?? null, title: (title?.draft ?? title?.base)?.text ?? '', ...life, ...(provenance ? { provenance } : {}), ...(review ? { review } : {}) };
    });
    // saved versions as a compare operand names them: FILE.resdraft#34@v2 is the second
    const versions = read.contribution.versions.map((v, i) => ({ ref: `v${i + 1}`, name: v.name, kind: v.kind, time: v.time }));
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ path, proposals: rows, versions }, null, 2)}\n`);
      return;
    }
    for (const r of rows) {
      io.stdout(`${r.symbol}${r.number ? ` ${r.number}` : ''} (${r.resolution ? `Resolution ${r.resolution}` : 'draft new resolution'})  ${r.title}\n`);
      // a draft (every older file's proposal) prints as before; a later status has its own line
      if (r.status !== 'draft') io.stdout(`  status: ${statusLine(r.status, r.secretariatNumber)}${r.editedSinceSubmission ? ' (edited since it was submitted)' : ''}\n`);
      if (r.cosignatories.length > 0) io.stdout(`  co-signed by: ${r.cosignatories.join(', ')}\n`);
      if (r.review) io.stdout(`  ${r.review}\n`);
      if (r.provenance) for (const line of provenanceLines(r.provenance)) io.stdout(`  ${line}\n`);
    }
    if (versions.length > 0) {
      io.stdout(`Saved versions (compare one as ${path}#<number>@v<n>):\n`);
      for (const v of versions) io.stdout(`  @${v.ref}  ${v.time.slice(0, 16).replace('T', ' ')}  ${v.name}\n`);
    }
  } catch (e) {
    if (e instanceof ContributionFileError || e instanceof InputRefusedError) throw new UsageError(e.message);
    if (e instanceof ProposalExportError || e instanceof ProposalNumberError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
