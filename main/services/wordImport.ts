import { basename } from 'node:path';
import type { Contribution } from '../../shared/contribution/schema';
import { isEmptyDraft, toContribution } from '../../shared/word/toContribution';
import type { Corpus } from './corpus';
import { describeProposal, openWordDocument, unplacedHint, WordDocumentError, type WordDocument } from './wordDocument';

/** A Word contribution turned into a contribution, with what the user should know about it. */
export interface WordImport {
  doc: WordDocument;
  contribution: Contribution;
  /** How the document was read where it labels things otherwise (labels out of sequence, …), one sentence each. */
  notices: string[];
}

/**
 * Read a Word contribution (.docx, ours or anyone's) as a contribution naming its baselines in the
 * corpus's default edition: each proposal's draft is the text with every revision accepted; on our
 * export, a colleague's revisions are kept as a pending review. A proposal whose accepted text is
 * not a whole resolution, or whose resolution the edition lacks, is a {@link WordDocumentError}
 * (the document is only read). `name` is how messages name the file (default: the path).
 */
export async function importWordContribution(path: string, corpus: Corpus, now: Date = new Date(), name: string = path): Promise<WordImport> {
  const doc = await openWordDocument(path, name);
  const contribution = toContribution(doc.contribution, corpus.defaultEdition, (n) => (corpus.has(n) ? corpus.resolution(n) : undefined), now.getUTCFullYear() + 1, {
    source: basename(path),
    date: now.toISOString(),
  });
  const notices: string[] = [];
  for (const [i, p] of doc.contribution.proposals.entries()) {
    const proposal = contribution.proposals[i];
    if (isEmptyDraft(proposal.draft)) throw new WordDocumentError(`${name}: ${describeProposal(p)} at ${p.where}: the accepted text is not a whole resolution${unplacedHint(p)}`);
    if (proposal.baseline && !corpus.has(proposal.baseline.number)) {
      throw new WordDocumentError(`${name}: ${describeProposal(p)}: Resolution ${proposal.baseline.number} is not in the ${corpus.defaultEdition} edition; import that edition and add --edition <id>`);
    }
    for (const n of p.notices.draft) notices.push(`${name}: ${describeProposal(p)}: ${n}`);
  }
  return { doc, contribution, notices };
}
