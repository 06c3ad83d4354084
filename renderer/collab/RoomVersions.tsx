import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { RoomVersionInfo } from '../../shared/collab/roomApi';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { intlLocale, t } from '../app/uiLanguage';

const STRINGS = {
  get title() {
    return t('roomVersions.title');
  },
  get intro() {
    return t('roomVersions.intro');
  },
  get none() {
    return t('roomVersions.none');
  },
  get name() {
    return t('roomVersions.name');
  },
  get save() {
    return t('roomVersions.save');
  },
  by: (name: string, by: string, time: string): string => t('roomVersions.by', { name, by, time }),
  noBy: (name: string, time: string): string => t('roomVersions.noBy', { name, time }),
  saved: (name: string): string => t('roomVersions.saved', { name }),
};

/** The room's named versions of a shared proposal, in the Versions pane: the list, and a new one kept under a name. */
export function RoomVersions({ store, proposalId }: { store: ContributionStore; proposalId: string }): ReactNode {
  const shared = useStore(store, (s) => s.shared[proposalId] !== undefined);
  const [versions, setVersions] = useState<RoomVersionInfo[]>([]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const refresh = useCallback(() => store.coDrafting.versions(proposalId).then(setVersions), [store, proposalId]);
  useEffect(() => {
    if (shared) refresh().catch((e: unknown) => setMessage({ error: true, text: e instanceof Error ? e.message : String(e) }));
  }, [shared, refresh]);
  if (!shared) return null;
  return (
    <section className="room-versions" aria-label={STRINGS.title} data-testid="room-versions">
      <h3>{STRINGS.title}</h3>
      <p className="hint">{STRINGS.intro}</p>
      <form
        className="name-form"
        onSubmit={(e) => {
          e.preventDefault();
          const kept = name.trim();
          setBusy(true);
          store.coDrafting
            .saveVersion(proposalId, kept)
            .then(() => refresh())
            .then(
              () => {
                setName('');
                setMessage({ error: false, text: STRINGS.saved(kept) });
              },
              (err: unknown) => setMessage({ error: true, text: err instanceof Error ? err.message : String(err) }),
            )
            .finally(() => setBusy(false));
        }}
      >
        <label className="field wide">
          <span>{STRINGS.name}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="room-version-name" />
        </label>
        <button type="submit" className="btn" disabled={busy || !name.trim()}>
          {STRINGS.save}
        </button>
      </form>
      {message && (
        <p className={message.error ? 'error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="hint">{STRINGS.none}</p>
      ) : (
        <ol className="room-version-list">
          {versions.map((v) => (
            <li key={v.number}>{v.by ? STRINGS.by(v.name, v.by, new Date(v.time).toLocaleString(intlLocale())) : STRINGS.noBy(v.name, new Date(v.time).toLocaleString(intlLocale()))}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
