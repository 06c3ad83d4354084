import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { HostApi, VersionInfo } from '../../shared/host/hostApi';
import { VersionPanel } from '../compare/VersionPanel';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { RoomVersions } from '../collab/RoomVersions';
import { t } from './uiLanguage';

const STRINGS = {
  get noProposal() {
    return t('versionsPane.noProposal');
  },
};

interface Props {
  store: ContributionStore;
  host: HostApi;
  /** The proposal shown (a version is compared with its draft), if any. */
  proposalId: string | undefined;
  /** Compare a version with the proposal's current draft (the compare view opens). */
  onCompare(versionId: string): void;
}

/** The contribution's versions in the side pane: save a named one, compare one with the current draft, restore one. */
export function VersionsPane({ store, host, proposalId, onCompare }: Props): ReactNode {
  const docId = useStore(store, () => store.docId);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async (): Promise<void> => {
    if (docId) setVersions(await host.listVersions(docId));
  }, [host, docId]);
  useEffect(() => {
    refresh().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [refresh]);
  const act = async (f: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await f();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!proposalId && <p className="hint">{STRINGS.noProposal}</p>}
      {proposalId && <RoomVersions store={store} proposalId={proposalId} />}
      <VersionPanel
        versions={versions}
        busy={busy || !docId}
        canCompare={proposalId !== undefined}
        onCreate={(name) =>
          void act(async () => {
            await store.flush();
            await host.createVersion(docId!, name);
            await refresh();
          })
        }
        onPreview={(v) => onCompare(v.id)}
        onRestore={(v) =>
          void act(async () => {
            await store.flush();
            store.adopt(await host.restoreVersion(docId!, v.id));
            await refresh();
          })
        }
      />
    </>
  );
}
