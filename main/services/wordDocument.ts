import { baselineDifferences } from '../../shared/word/baselineCheck';
import { readDocx, type DocxContent } from '../../shared/word/docxParagraphs';
import { DocxReadError } from '../../shared/word/docxPackage';
import { readWordContribution, type WordContribution, type WordProposal } from '../../shared/word/wordContribution';
import { pendingReviewLine } from '../../shared/contribution/colleagueReview';
import { fromText } from '../../shared/text/fromText';
import type { Corpus } from './corpus';
import { readSourceBytes, SourceFileError } from './wordSource';

/** A Word document that cannot be used as a contribution, in the user's terms. */
export class WordDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordDocumentError';
  }
}

/** A Word contribution read from disk (the file is only read, never written). */
export interface WordDocument {
  path: string;
  content: DocxContent;
  contribution: WordContribution;
}

/** Whether a path names a Word document by its extension. */
export function isWordPath(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** Read a .docx as a contribution; a damaged, protected or non-resolution document is a {@link WordDocumentError}. */
export function openWordDocument(path: string): WordDocument {
  let content: DocxContent;
  try {
    content = readDocx(readSourceBytes(path), path);
  } catch (e) {
    if (e instanceof DocxReadError || e instanceof SourceFileError) throw new WordDocumentError(e.message);
    throw e;
  }
  const contribution = readWordContribution(content);
  if (contribution.proposals.length === 0) {
    throw new WordDocumentError(
      `${path}: holds no resolution; expected a contribution with proposals ("MOD<TAB>ACP/23A1/1" then "RESOLUTION 34 (Rev. Kigali, 2022)" …) or an adopted resolution with tracked changes`,
    );
  }
  return { path, content, contribution };
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

/** The draft text of a proposal (accept all); SUP has none. */
export function proposalDraft(doc: WordDocument, p: WordProposal, corpus: Corpus): string {
  if (p.symbol === 'SUP') throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} suppresses the resolution; it has no draft text (use --original for the adopted text)`);
  if (p.draftText !== null) return p.draftText;
  if (p.symbol === 'NOC' && p.resolution && corpus.has(p.resolution)) return corpus.text(p.resolution);
  throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} at ${p.where}: the accepted text is not a whole resolution${unplacedHint(p)}`);
}

/** The baseline text of a proposal (reject all); SUP and NOC print only the title, so the edition gives it. */
export function proposalBaseline(doc: WordDocument, p: WordProposal, corpus: Corpus): string {
  if (p.baselineText !== null) return p.baselineText;
  if ((p.symbol === 'SUP' || p.symbol === 'NOC') && p.resolution && corpus.has(p.resolution)) return corpus.text(p.resolution);
  if (p.symbol === 'ADD' || p.resolution === null) throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} adds a new resolution; it has no baseline`);
  throw new WordDocumentError(`${doc.path}: ${describeProposal(p)} at ${p.where}: the text with all revisions rejected is not a whole resolution${unplacedHint(p)}`);
}

function unplacedHint(p: WordProposal): string {
  const u = p.unplaced[0];
  return u ? ` (${u.where}: ${u.reason})` : '';
}

/**
 * Check a proposal's unmarked text against the edition in force: one sentence per place that
 * differs (empty when it matches, or when the edition does not hold the resolution: then one
 * sentence saying so).
 */
export function checkAgainstEdition(p: WordProposal, corpus: Corpus): string[] {
  if (!p.resolution || p.baselineText === null || p.symbol === 'ADD') return [];
  if (!corpus.has(p.resolution)) return [`Resolution ${p.resolution} is not in the ${corpus.defaultEdition} edition; its unmarked text cannot be checked`];
  return baselineDifferences(corpus.resolution(p.resolution), fromText(p.baselineText));
}

/**
 * What a colleague's tracked changes on our export leave to review in a proposal, as a sentence
 * (`2 changes by Jane Colleague awaiting review`), or null when there are none. The engine counts them.
 */
export function colleagueReviewLine(p: WordProposal): string | null {
  const c = p.colleague;
  if (!c || c.beforeText === null || p.draftText === null) return null;
  try {
    return pendingReviewLine({ draft: fromText(p.draftText), review: { before: fromText(c.beforeText), authors: c.authors, ...(c.reasonsBefore !== undefined ? { reasonsBefore: c.reasonsBefore } : {}) } });
  } catch {
    return null; // a side that does not parse is reported where the draft is read
  }
}
