import { toText } from '../../shared/text/toText';
import type { Corpus } from '../services/corpus';
import { WordDocumentError, colleagueReviewLine, describeProposal, openWordDocument, pickProposal, proposalBaseline, proposalDraft, type WordDocument } from '../services/wordDocument';
import { UsageError } from './command';
import type { Operand } from './operand';

/** Split `file.docx#34` into the path and the pick (a resolution or proposal number). */
export function splitWordSpec(spec: string): { path: string; pick?: string } {
  const m = /^(.*\.docx)(?:#(.*))?$/i.exec(spec);
  return m ? { path: m[1], pick: m[2] } : { path: spec };
}

/** Open a Word document for the CLI (in the Word reader's thread): its problems are usage errors (exit 2). */
export async function openWordForCli(path: string): Promise<WordDocument> {
  try {
    return await openWordDocument(path);
  } catch (e) {
    if (e instanceof WordDocumentError) throw new UsageError(e.message);
    throw e;
  }
}

/** A Word proposal as an operand, with what the user must be told about how it was read. */
export interface WordOperand extends Operand {
  /** Paragraphs left out, one line each. */
  leftOut: string[];
  /** Where the side shown was read otherwise than the document labels it (labels by position), one line each. */
  notices: string[];
  /** A colleague's changes still to review, as a sentence, or null. */
  pendingReview: string | null;
}

/**
 * A proposal of a Word contribution as a compare/export operand: `file.docx` (its only proposal)
 * or `file.docx#34`; the draft (all revisions accepted) unless `side` is `baseline` (all rejected).
 * The reader yields the model; `text` is its layout.
 */
export async function wordOperand(path: string, pick: string | undefined, corpus: Corpus, side: 'draft' | 'baseline' = 'draft'): Promise<WordOperand> {
  const doc = await openWordForCli(path);
  try {
    const proposal = pickProposal(doc, pick);
    const resolution = side === 'draft' ? proposalDraft(doc, proposal, corpus) : proposalBaseline(doc, proposal, corpus);
    const name = `${path}#${proposal.resolution ?? (proposal.number || '1')}${side === 'baseline' ? ' (original)' : ''}`;
    const leftOut = proposal.unplaced.map((u) => `${path}: ${u.where} left out (${u.reason}): "${u.text.length > 60 ? `${u.text.slice(0, 57)}…` : u.text}"`);
    const notices = (side === 'draft' ? proposal.notices.draft : proposal.notices.baseline).map((n) => `${path}: ${describeProposal(proposal)}: ${n}`);
    const pending = colleagueReviewLine(proposal);
    return { name, text: toText(resolution), resolution, leftOut, notices, pendingReview: pending && `${path}: ${describeProposal(proposal)}: ${pending}` };
  } catch (e) {
    if (e instanceof WordDocumentError) throw new UsageError(e.message);
    throw e;
  }
}
