import { useEffect, useState, type ReactNode } from 'react';
import { Dialog } from '../app/Dialog';
import type { ContributionStore } from '../store/contributionStore';
import type { Invites } from '../store/coDrafting';
import { RoomForm } from './RoomForm';
import { intlLocale, t } from '../app/uiLanguage';

const STRINGS = {
  get title() {
    return t('share.title');
  },
  get intro() {
    return t('share.intro');
  },
  get server() {
    return t('share.server');
  },
  get serverExample() {
    return t('share.serverExample');
  },
  get share() {
    return t('share.share');
  },
  get sharing() {
    return t('share.sharing');
  },
  get close() {
    return t('share.close');
  },
  get edit() {
    return t('share.edit');
  },
  get read() {
    return t('share.read');
  },
  get copy() {
    return t('share.copy');
  },
  get copied() {
    return t('share.copied');
  },
  expires: (when: string): string => t('share.expires', { when }),
};

/** Asks for the server and the participant's name, makes the room, and shows the two invites to copy. */
export function ShareDialog({ store, proposalId, onClose }: { store: ContributionStore; proposalId: string; onClose(): void }): ReactNode {
  const [server, setServer] = useState('');
  const [name, setName] = useState(() => store.coDrafting.participantName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invites, setInvites] = useState<Invites | null>(null);
  const [copied, setCopied] = useState<'edit' | 'read' | null>(null);
  useEffect(() => {
    void store.coDrafting.servers().then((servers) => setServer((typed) => typed || servers[0] || ''));
  }, [store]);
  const copy = (which: 'edit' | 'read', text: string): void => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(which), () => undefined);
  };
  return (
    <Dialog title={STRINGS.title} onClose={onClose} testId="share-dialog">
      {invites ? (
        <div className="name-form">
          {(['edit', 'read'] as const).map((which) => (
            <div key={which} className="field wide">
              <label htmlFor={`invite-${which}`}>{STRINGS[which]}</label>
              <div className="invite-row">
                <input id={`invite-${which}`} readOnly value={invites[which]} data-testid={`invite-${which}`} onFocus={(e) => e.currentTarget.select()} />
                <button type="button" className="btn" onClick={() => copy(which, invites[which])}>
                  {STRINGS.copy}
                </button>
              </div>
            </div>
          ))}
          <p className="hint" role="status">
            {copied ? STRINGS.copied : STRINGS.expires(new Date(invites.expires).toLocaleString(intlLocale()))}
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {STRINGS.close}
            </button>
          </div>
        </div>
      ) : (
        <RoomForm
          intro={STRINGS.intro}
          first={{ label: STRINGS.server, value: server, onChange: setServer, placeholder: STRINGS.serverExample, testId: 'share-server' }}
          name={name}
          onName={setName}
          nameTestId="share-name"
          error={error}
          action={busy ? STRINGS.sharing : STRINGS.share}
          busy={busy}
          onCancel={onClose}
          onSubmit={() => {
            setBusy(true);
            setError(null);
            store.coDrafting
              .share(proposalId, server, name.trim())
              .then(setInvites, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
              .finally(() => setBusy(false));
          }}
        />
      )}
    </Dialog>
  );
}
