import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import type { Selection } from './selection';

/** The id of the proposal the selection shows (an adopted resolution's proposal, or a draft new resolution), if any. */
export function useSelectedProposal(store: ContributionStore, selection: Selection): string | undefined {
  return useStore(store, (_s, st) => {
    if (selection?.type === 'baseline') return st.proposalOn(selection.number)?.id;
    if (selection?.type === 'proposal') return st.proposal(selection.id)?.id;
    return undefined;
  });
}
