import { useState, type ReactNode } from 'react';
import { Dialog } from '../app/Dialog';
import type { ContributionStore } from '../store/contributionStore';
import { RoomForm } from './RoomForm';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get title() {
    return t('join.title');
  },
  get intro() {
    return t('join.intro');
  },
  get invite() {
    return t('join.invite');
  },
  get inviteExample() {
    return t('join.inviteExample');
  },
  get join() {
    return t('join.join');
  },
  get joining() {
    return t('join.joining');
  },
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
