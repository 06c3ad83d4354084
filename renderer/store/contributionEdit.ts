import type { ColleagueReview } from '../../shared/contribution/colleagueReviewSchema';
import type { ContributionContent, ContributionSettings, Proposal, SymbolChoice } from '../../shared/contribution/schema';
import type { Resolution } from '../../shared/model/resolution';

/**
 * Who made an edit: this window's editor of a proposal, a dialog, a colleague's review, later a
 * live co-drafting provider. Compared by identity: a view that feeds the store tells its own edits
 * from everyone else's by it (an editor takes in a draft that another source changed, and ignores
 * the echo of its own).
 */
export interface EditSource {
  readonly name: string;
}

/** The source of edits made in the window's dialogs and buttons (not in an editor). */
export const WINDOW_SOURCE: EditSource = { name: 'window' };

/** One change of the open contribution: everything that changes it goes through the store as one of these. */
export type ContributionEdit =
  /** A proposal's draft as its editor (or another source) now has it; `moved`: the draft lines the delegate moved (a hint to the engine). */
  | { type: 'draft'; proposalId: string; draft: Resolution; moved?: readonly number[] }
  | { type: 'reasons'; proposalId: string; reasons: string }
  | { type: 'symbol'; proposalId: string; symbol: SymbolChoice }
  /** A colleague's review moved on (`undefined`: nothing left to review). */
  | { type: 'review'; proposalId: string; review: ColleagueReview | undefined }
  | { type: 'addProposal'; proposal: Proposal }
  /** A proposal replaced as a whole (same id): its status or co-signatories set, a merge adopted into it, carried onto a newer edition. */
  | { type: 'proposal'; proposal: Proposal }
  | { type: 'removeProposal'; proposalId: string }
  | { type: 'settings'; settings: ContributionSettings };

function withProposal(content: ContributionContent, id: string, change: (p: Proposal) => Proposal): ContributionContent {
  const i = content.proposals.findIndex((p) => p.id === id);
  if (i < 0) return content;
  const next = change(content.proposals[i]);
  if (next === content.proposals[i]) return content;
  const proposals = [...content.proposals];
  proposals[i] = next;
  return { ...content, proposals };
}

/** The content after `edit`: a new object sharing what did not change (the content given is never changed); the same object when nothing changes. */
export function applyEdit(content: ContributionContent, edit: ContributionEdit): ContributionContent {
  switch (edit.type) {
    case 'draft':
      return withProposal(content, edit.proposalId, (p) => (p.draft === edit.draft ? p : { ...p, draft: edit.draft }));
    case 'reasons':
      return withProposal(content, edit.proposalId, (p) => (p.reasons === edit.reasons ? p : { ...p, reasons: edit.reasons }));
    case 'symbol':
      return withProposal(content, edit.proposalId, (p) => (p.symbol === edit.symbol ? p : { ...p, symbol: edit.symbol }));
    case 'review':
      return withProposal(content, edit.proposalId, (p) => {
        if (p.review === edit.review) return p;
        const next = { ...p, review: edit.review };
        if (!edit.review) delete next.review;
        return next;
      });
    case 'addProposal':
      return { ...content, proposals: [...content.proposals, edit.proposal] };
    case 'proposal':
      return withProposal(content, edit.proposal.id, () => edit.proposal);
    case 'removeProposal':
      return { ...content, proposals: content.proposals.filter((p) => p.id !== edit.proposalId) };
    case 'settings':
      return content.settings === edit.settings ? content : { ...content, settings: edit.settings };
  }
}
