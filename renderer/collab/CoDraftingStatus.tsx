import type { ReactNode } from 'react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import './coDrafting.css';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get connecting() {
    return t('coDrafting.connecting');
  },
  get alone() {
    return t('coDrafting.alone');
  },
  online: (count: number): string => t('coDrafting.online', { count }),
  get offline() {
    return t('coDrafting.offline');
  },
  offlineWaiting: (count: number): string => t('coDrafting.offlineWaiting', { count }),
  inRoom: (names: string): string => t('coDrafting.inRoom', { names }),
};

/** Where a shared proposal's connection stands, how many edits wait, and who is in the room; a live region screen readers announce. */
export function CoDraftingStatus({ store, proposalId }: { store: ContributionStore; proposalId: string }): ReactNode {
  const state = useStore(store, (s) => s.shared[proposalId]);
  if (!state) return null;
  // the awareness states include this participant's own
  const others = Math.max(0, state.participants.length - 1);
  let text: string;
  if (state.status === 'refused') text = state.refusal ?? STRINGS.offline;
  else if (state.status === 'offline') text = state.waiting === 0 ? STRINGS.offline : STRINGS.offlineWaiting(state.waiting);
  else if (state.status === 'connecting') text = STRINGS.connecting;
  else text = others === 0 ? STRINGS.alone : STRINGS.online(others);
  return (
    <p className={`co-drafting-status is-${state.status}`} role="status" data-testid="co-drafting-status" data-status={state.status} data-waiting={state.waiting} title={STRINGS.inRoom(state.participants.map((p) => p.name).join(', '))}>
      {text}
    </p>
  );
}
