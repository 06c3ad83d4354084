import { useState, type ReactNode } from 'react';
import { Dialog } from '../app/Dialog';
import type { ContributionStore } from '../store/contributionStore';
import { RoomForm } from './RoomForm';

const STRINGS = {
  title: 'Join a co-drafting room',
  intro: 'Paste the invite a colleague sent you. The shared proposal opens as a proposal of this contribution; what you type there, everyone in the room sees.',
  invite: 'Invite',
  inviteExample: 'ws://server:1234#room/token',
  join: 'Join',
  joining: 'Opening the room…',
};

/** Asks for an invite and the participant's name, and opens the room's proposal in this contribution. */
export function JoinDialog({ store, onJoined, onClose }: { store: ContributionStore; onJoined(id: string, notice: string | null): void; onClose(): void }): ReactNode {
  const [invite, setInvite] = useState('');
  const [name, setName] = useState(() => store.coDrafting.participantName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={STRINGS.title} onClose={onClose} testId="join-dialog">
      <RoomForm
        intro={STRINGS.intro}
        first={{ label: STRINGS.invite, value: invite, onChange: setInvite, placeholder: STRINGS.inviteExample, testId: 'join-invite' }}
        name={name}
        onName={setName}
        nameTestId="join-name"
        error={error}
        action={busy ? STRINGS.joining : STRINGS.join}
        busy={busy}
        onCancel={onClose}
        onSubmit={() => {
          setBusy(true);
          setError(null);
          store.coDrafting.join(invite, name.trim()).then(
            ({ id, notice }) => onJoined(id, notice),
            (err: unknown) => {
              setError(err instanceof Error ? err.message : String(err));
              setBusy(false);
            },
          );
        }}
      />
    </Dialog>
  );
}
