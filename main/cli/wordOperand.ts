import { fromText } from '../../shared/text/fromText';
import { ResolutionParseError } from '../../shared/text/parseError';
import type { Corpus } from '../services/corpus';
import { WordDocumentError, colleagueReviewLine, describeProposal, openWordDocument, pickProposal, proposalBaseline, proposalDraft, type WordDocument } from '../services/wordDocument';
import { UsageError } from './command';
import type { Operand } from './operand';

/** Split `file.docx#34` into the path and the pick (a resolution or proposal number). */
export function splitWordSpec(spec: string): { path: string; pick?: string } {
  const m = /^(.*\.docx)(?:#(.*))?$/i.exec(spec);
  return m ? { path: m[1], pick: m[2] } : { path: spec };
}

/** Open a Word document for the CLI: its problems are usage errors (exit 2). */
export function openWordForCli(path: string): WordDocument {
  try {
    return openWordDocument(path);
  } catch (e) {
    if (e instanceof WordDocumentError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * A proposal of a Word contribution as a compare/export operand: `file.docx` (its only proposal)
 * or `file.docx#34`; the draft (all revisions accepted) unless `side` is `baseline` (all rejected).
 */
export function wordOperand(path: string, pick: string | undefined, corpus: Corpus, side: 'draft' | 'baseline' = 'draft'): Operand & { leftOut: string[]; pendingReview: string | null } {
  const doc = openWordForCli(path);
  try {
    const proposal = pickProposal(doc, pick);
    const text = side === 'draft' ? proposalDraft(doc, proposal, corpus) : proposalBaseline(doc, proposal, corpus);
    const name = `${path}#${proposal.resolution ?? (proposal.number || '1')}${side === 'baseline' ? ' (original)' : ''}`;
    const leftOut = proposal.unplaced.map((u) => `${path}: ${u.where} left out (${u.reason}): "${u.text.length > 60 ? `${u.text.slice(0, 57)}…` : u.text}"`);
    const pending = colleagueReviewLine(proposal);
    return { name, text, resolution: fromText(text), leftOut, pendingReview: pending && `${path}: ${describeProposal(proposal)}: ${pending}` };
  } catch (e) {
    if (e instanceof WordDocumentError) throw new UsageError(e.message);
    if (e instanceof ResolutionParseError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
