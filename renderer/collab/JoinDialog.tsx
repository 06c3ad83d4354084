import { useState, type ReactNode } from 'react';
import { Dialog } from '../app/Dialog';
import type { ContributionStore } from '../store/contributionStore';

const STRINGS = {
  title: 'Join a co-drafting room',
  intro: 'Paste the invite a colleague sent you. The shared proposal opens as a proposal of this contribution; what you type there, everyone in the room sees.',
  invite: 'Invite',
  inviteExample: 'ws://server:1234#room/token',
  name: 'Your name, as your colleagues see it beside your caret',
  join: 'Join',
  joining: 'Opening the room…',
  cancel: 'Cancel',
};

/** Asks for an invite and the participant's name, and opens the room's proposal in this contribution. */
export function JoinDialog({ store, onJoined, onClose }: { store: ContributionStore; onJoined(id: string, notice: string | null): void; onClose(): void }): ReactNode {
  const [invite, setInvite] = useState('');
  const [name, setName] = useState(() => store.coDrafting.participantName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={STRINGS.title} onClose={onClose} testId="join-dialog">
      <form
        className="name-form"
        onSubmit={(e) => {
          e.preventDefault();
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
      >
        <p className="hint">{STRINGS.intro}</p>
        <label className="field wide">
          <span>{STRINGS.invite}</span>
          <input autoFocus value={invite} placeholder={STRINGS.inviteExample} onChange={(e) => setInvite(e.target.value)} data-testid="join-invite" />
        </label>
        <label className="field wide">
          <span>{STRINGS.name}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="join-name" />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !invite.trim() || !name.trim()}>
            {busy ? STRINGS.joining : STRINGS.join}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {STRINGS.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
