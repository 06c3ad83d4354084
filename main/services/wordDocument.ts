import { baselineDifferences } from '../../shared/word/baselineCheck';
import { pendingReview } from '../../shared/word/toContribution';
import type { WordContribution, WordProposal } from '../../shared/word/wordContribution';
import { pendingReviewLine } from '../../shared/contribution/colleagueReview';
import type { Resolution } from '../../shared/model/resolution';
import type { Corpus } from './corpus';
import { WordReadError, wordReader } from './word/wordReader';

/** A Word document that cannot be used as a contribution, in the user's terms. */
export class WordDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordDocumentError';
  }
}

/** A Word contribution read from disk (the file is only read, never written). */
export interface WordDocument {
  /** The file as the user named it. */
  path: string;
  contribution: WordContribution;
}

/** Whether a path names a Word document by its extension. */
export function isWordPath(path: string): boolean {
  return /\.docx$/i.test(path);
}

/**
 * Read a .docx as a contribution, in the Word reader's thread (bounded in time and memory); a
 * damaged, protected, hostile or non-resolution document, or a path that is no regular file, is a
 * {@link WordDocumentError} naming `name` (default: the path).
 */
export async function openWordDocument(path: string, name: string = path): Promise<WordDocument> {
  let contribution: WordContribution;
  try {
    contribution = await wordReader().read({ job: 'contribution', path, name });
  } catch (e) {
    if (e instanceof WordReadError) throw new WordDocumentError(e.message);
    throw e;
  }
  if (contribution.proposals.length === 0) {
    throw new WordDocumentError(
      `${name}: holds no resolution; expected a contribution with proposals ("MOD<TAB>ACP/23A1/1" then "RESOLUTION 34 (Rev. Kigali, 2022)" …) or an adopted resolution with tracked changes`,
    );
  }
  return { path: name, contribution };
}

/** How a proposal is named in messages and lists: `MOD ACP/23A1/1 (Resolution 34)`. */
export function describeProposal(p: WordProposal): string {
  const what = p.resolution ? `Resolution ${p.resolution}` : 'draft new resolution';
  return `${p.symbol}${p.number ? ` ${p.number}` : ''} (${what})`;
}

/** The proposal `pick` names (a resolution number or a proposal number), or the only one. */
export function pickProposal(doc: WordDocument, pick: string | undefined): WordProposal {
  const all = doc.contribution.proposals;
  const list = all.map(describeProposal).join(', ');
  if (pick === undefined || pick === '') {
    if (all.length !== 1) throw new WordDocumentError(`${doc.path}: holds ${all.length} proposals (${list}); pick one with ${doc.path}#<number>`);
    return all[0];
  }
  const found = all.find((p) => p.resolution === pick || (p.number !== '' && p.number === pick)) ?? (/^#\d+$/.test(pick) ? all[Number(pick.slice(1)) - 1] : undefined);
  if (!found) throw new WordDocumentError(`${doc.path}: no proposal on Resolution ${pick}; proposals: ${list}`);
  return found;
}

/** The draft of a proposal (accept all); SUP has none. */
export function proposalDraft(doc: WordDocument, p: WordProposal, corpus: Corpus): Resolution {
  if (p.symbol === 'SUP') throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} suppresses the resolution; it has no draft text (use --original for the adopted text)`);
  if (p.draft !== null) return p.draft;
  if (p.symbol === 'NOC' && p.resolution && corpus.has(p.resolution)) return corpus.resolution(p.resolution);
  throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} at ${p.where}: the accepted text is not a whole resolution${unplacedHint(p)}`);
}

/** The baseline of a proposal (reject all); SUP and NOC print only the title, so the edition gives it. */
export function proposalBaseline(doc: WordDocument, p: WordProposal, corpus: Corpus): Resolution {
  if (p.baseline !== null) return p.baseline;
  if ((p.symbol === 'SUP' || p.symbol === 'NOC') && p.resolution && corpus.has(p.resolution)) return corpus.resolution(p.resolution);
  if (p.symbol === 'ADD' || p.resolution === null) throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} adds a new resolution; it has no baseline`);
  throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} at ${p.where}: the text with all revisions rejected is not a whole resolution${unplacedHint(p)}`);
}

/** The first paragraph left out of a proposal, as a hint for a message. */
export function unplacedHint(p: WordProposal): string {
  const u = p.unplaced[0];
  return u ? ` (${u.where}: ${u.reason})` : '';
}

/**
 * Check a proposal's unmarked text against the edition in force: one sentence per place that
 * differs (empty when it matches, or when the edition does not hold the resolution: then one
 * sentence saying so).
 */
export function checkAgainstEdition(p: WordProposal, corpus: Corpus): string[] {
  if (!p.resolution || p.baseline === null || p.symbol === 'ADD') return [];
  if (!corpus.has(p.resolution)) return [`Resolution ${p.resolution} is not in the ${corpus.defaultEdition} edition; its unmarked text cannot be checked`];
  return baselineDifferences(corpus.resolution(p.resolution), p.baseline);
}

/**
 * What a colleague's tracked changes on our export leave to review in a proposal, as a sentence
 * (`2 changes by Jane Colleague awaiting review`), or null when there are none: the one pending
 * review (`pendingReview`), counted by the engine.
 */
export function colleagueReviewLine(p: WordProposal): string | null {
  const review = pendingReview(p);
  return review && p.draft ? pendingReviewLine({ draft: p.draft, review }) : null;
}
