import type { ReactNode } from 'react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import './coDrafting.css';

const STRINGS = {
  connecting: 'Shared proposal: connecting to the co-drafting server…',
  alone: 'Shared proposal: online; no colleague is in the room now.',
  online: (count: number): string => `Shared proposal: online with ${count} colleagues in the room.`,
  onlineOne: 'Shared proposal: online with 1 colleague in the room.',
  offline: 'Shared proposal: offline. Your edits are kept on this computer and sent when the connection returns.',
  offlineOne: 'Shared proposal: offline; 1 edit waits to be sent. It is kept on this computer.',
  offlineMany: (count: number): string => `Shared proposal: offline; ${count} edits wait to be sent. They are kept on this computer.`,
  inRoom: (names: string): string => `In the room: ${names}`,
};

/** Where a shared proposal's connection stands, how many edits wait, and who is in the room; a live region screen readers announce. */
export function CoDraftingStatus({ store, proposalId }: { store: ContributionStore; proposalId: string }): ReactNode {
  const state = useStore(store, (s) => s.shared[proposalId]);
  if (!state) return null;
  // the awareness states include this participant's own
  const others = Math.max(0, state.participants.length - 1);
  let text: string;
  if (state.status === 'refused') text = state.refusal ?? STRINGS.offline;
  else if (state.status === 'offline') text = state.waiting === 0 ? STRINGS.offline : state.waiting === 1 ? STRINGS.offlineOne : STRINGS.offlineMany(state.waiting);
  else if (state.status === 'connecting') text = STRINGS.connecting;
  else text = others === 0 ? STRINGS.alone : others === 1 ? STRINGS.onlineOne : STRINGS.online(others);
  return (
    <p className={`co-drafting-status is-${state.status}`} role="status" data-testid="co-drafting-status" data-status={state.status} data-waiting={state.waiting} title={STRINGS.inRoom(state.participants.map((p) => p.name).join(', '))}>
      {text}
    </p>
  );
}
