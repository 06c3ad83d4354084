import { splitSourceLine } from '../export/coverLines';
import { proposalNumber, proposalNumberProblem } from '../export/proposalNumber';
import { allCosignatories } from '../export/cosignatures';
import { defaultSettings } from '../contribution/newContribution';
import { CONTRIBUTION_FORMAT, CONTRIBUTION_SCHEMA_VERSION, type Contribution, type ContributionSettings, type Proposal } from '../contribution/schema';
import { languageOfResolution, mostCommonLanguage } from '../grammar/textLanguage';
import { languageOfLetter } from './coverWords';
import type { Resolution } from '../model/resolution';
import type { ColleagueReview } from '../contribution/colleagueReviewSchema';
import type { WordContribution, WordCover, WordProposal } from './wordContribution';

/**
 * Contribution settings from a Word cover (in any of the six languages); what the cover does not
 * say keeps its default. The language is the document letter's (`-F`), else that of the drafts.
 */
export function settingsFromCover(cover: WordCover, proposalNumbers: string[], fallbackYear: number, drafts: readonly Resolution[] = []): ContributionSettings {
  const s = defaultSettings(cover.document?.year ?? fallbackYear);
  const f = cover.fields;
  if (cover.heading[0]) s.conference.name = cover.heading[0];
  if (cover.heading[1]) {
    const [place, ...dates] = cover.heading[1].split(', ');
    s.conference.place = place;
    s.conference.dates = dates.join(', ');
  }
  if (cover.document) {
    s.documentNumber = cover.document.number === '[…]' ? '' : cover.document.number;
    s.addendumNumber = cover.document.addendum === '[…]' ? '' : cover.document.addendum;
    s.language = languageOfLetter(cover.document.language) ?? 'en';
  } else s.language = mostCommonLanguage(drafts.filter((d) => d.numberLine !== '').map(languageOfResolution)) ?? 'en';
  s.source = f.Source ?? '';
  s.cover.title = f.Title ?? '';
  s.cover.priorityArea = f['Priority area'] ?? '';
  s.cover.summary = f.Summary ?? '';
  s.cover.expectedResults = f['Expected results'] ?? '';
  s.cover.references = f.References ?? '';
  const who = (f['Name/Organization/Entity'] ?? '').split(', ');
  s.cover.contact = { name: who[0] ?? '', organization: who.slice(1).join(', '), phone: f['Phone number'] ?? '', email: f['E-mail'] ?? '' };
  const prefix = proposalNumbers.map((n) => /^(.*\/)\d+$/.exec(n)?.[1]).find((p) => p !== undefined);
  if (prefix) {
    // numbers the parts give (our own export's: ACP/23A1/1 with document 23, addendum 1) come back as
    // the parts; any other prefix is kept as it is, as an older file's
    const parts = { ...s, proposalSource: prefix.split('/')[0] };
    if (!proposalNumberProblem(parts) && proposalNumber(parts, 1) === `${prefix}1`) s.proposalSource = parts.proposalSource;
    else s.proposalPrefix = prefix;
  }
  return s;
}

/**
 * A contribution file's content from a Word contribution: one proposal per proposal found, each
 * naming its baseline in `edition`. The draft is the accepted side as read; SUP and NOC (printed
 * as number and title only) take the adopted text from `adopted`. The symbol is derived (`auto`)
 * except SUP, so marks are recomputed against the edition, never copied. A colleague's revisions
 * on our export become the proposal's pending review ({@link pendingReview}).
 */
export function toContribution(word: WordContribution, edition: string, adopted: (n: string) => Resolution | undefined, fallbackYear: number, about: ReviewOrigin = {}): Contribution {
  const proposals: Proposal[] = word.proposals.map((p, i) => {
    const fromEdition = p.resolution ? adopted(p.resolution) : undefined;
    const draft = p.symbol === 'SUP' || (p.symbol === 'NOC' && p.draft === null) ? (fromEdition ?? p.baseline) : p.draft;
    const proposal: Proposal = {
      id: `word-${i + 1}`,
      baseline: p.resolution && p.symbol !== 'ADD' ? { edition, number: p.resolution } : null,
      symbol: p.symbol === 'SUP' ? 'SUP' : 'auto',
      draft: draft ? structuredClone(draft) : emptyDraft(),
      reasons: p.reasons,
    };
    const review = pendingReview(p, about);
    if (review) proposal.review = review;
    if (p.cosignatories?.length) proposal.cosignatories = p.cosignatories;
    return proposal;
  });
  return {
    format: CONTRIBUTION_FORMAT,
    schemaVersion: CONTRIBUTION_SCHEMA_VERSION,
    settings: withCosignatoriesInSource(
      settingsFromCover(
        word.cover,
        word.proposals.map((p) => p.number),
        fallbackYear,
        proposals.map((p) => p.draft),
      ),
      proposals,
    ),
    proposals,
    versions: [],
  };
}

/** Where a pending review came from: the Word document's name and when it was read. */
export interface ReviewOrigin {
  source?: string;
  date?: string;
}

/**
 * THE pending review of a Word proposal (the one rule, for the contribution an import writes and
 * for what `list`/`show` say about a .docx): a colleague's changes on our export, as the draft
 * (and changed reasons) the delegate sent, who changed it and, with several colleagues, each
 * one's draft. None when nothing of a colleague's is left (the sent draft and reasons equal the
 * proposal's), or when the sent text is not a whole resolution (the colleagues' changes are then
 * in the draft without review).
 */
export function pendingReview(p: WordProposal, about: ReviewOrigin = {}): ColleagueReview | undefined {
  const c = p.colleague;
  if (!c || c.before === null || c.authors.length === 0 || p.draft === null) return undefined;
  const review: ColleagueReview = { before: structuredClone(c.before), authors: [...c.authors] };
  if (c.reasonsBefore !== undefined) review.reasonsBefore = c.reasonsBefore;
  else if (JSON.stringify(c.before) === JSON.stringify(p.draft)) return undefined;
  if (about.source !== undefined) review.source = about.source;
  if (about.date !== undefined) review.date = about.date;
  const byAuthor = (c.byAuthor ?? []).filter((a): a is { author: string; draft: Resolution } => a.draft !== null);
  if (byAuthor.length > 1) review.byAuthor = byAuthor.map((a) => ({ author: a.author, draft: structuredClone(a.draft) }));
  return review;
}

/** Settings whose Source listed the co-signatories (as our export writes it when asked): the source alone, and the setting on. */
function withCosignatoriesInSource(settings: ContributionSettings, proposals: Proposal[]): ContributionSettings {
  const { source, listed } = splitSourceLine(settings.source, allCosignatories(proposals), settings.language);
  return listed ? { ...settings, source, cosignatoriesInSource: true } : settings;
}

/** The draft of a proposal whose accepted text is not a whole resolution: nothing in it. */
export function emptyDraft(): Resolution {
  return { numberLine: '', title: '', conferenceLine: '', calls: [], footnotes: [] };
}

/** Whether a draft holds nothing at all (see {@link emptyDraft}). */
export function isEmptyDraft(r: Resolution): boolean {
  return r.numberLine === '' && r.title === '' && r.conferenceLine === '' && r.calls.length === 0 && r.footnotes.length === 0;
}
