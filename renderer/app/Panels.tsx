import type { ReactNode } from 'react';
import type { HostApi } from '../../shared/host/hostApi';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LeaveDialog } from './LeaveDialog';
import { NameDialog } from './NameDialog';
import { OpenPanel } from './OpenPanel';
import { SettingsPanel } from './SettingsPanel';
import { JoinDialog } from '../collab/JoinDialog';
import { selectionOf } from './useWindowActions';
import type { Navigation } from './useNavigation';
import type { WindowActions } from './useWindowActions';
import { t } from './uiLanguage';

/** The dialog open over the window, if any (one at a time). */
export function Panels({ store, host, nav, actions }: { store: ContributionStore; host: HostApi; nav: Navigation; actions: WindowActions }): ReactNode {
  const { panel, setPanel } = nav;
  const settings = useStore(store, (s) => s.content?.settings ?? null);
  const name = useStore(store, (s) => s.doc?.name ?? t('panels.untitled'));
  const close = (): void => setPanel(null);
  if (!panel) return null;
  switch (panel.type) {
    case 'settings':
      return settings && <SettingsPanel settings={settings} onChange={(next) => store.setSettings(next)} onClose={close} />;
    case 'export':
      return (
        settings && (
          <ExportPanel
            store={store}
            host={host}
            onClose={close}
            onShowChecks={() => {
              close();
              nav.setTool('checks');
            }}
          />
        )
      );
    case 'open':
      return <OpenPanel host={host} onOpen={(path) => void actions.openDocument(path)} onImportWord={(path) => void actions.openDocument(path, true)} onClose={close} />;
    case 'import':
      return <ImportPanel onImport={(draft) => actions.importDraft(draft.resolution)} onClose={close} />;
    case 'version':
      return (
        <NameDialog
          title={t('panels.versionTitle')}
          label={t('versionPanel.name')}
          initial={t('panels.versionInitial', { time: new Date().toLocaleString() })}
          action={t('versionPanel.save')}
          testId="version-dialog"
          onCancel={close}
          onDone={(version) => {
            close();
            void store.createVersion(version);
          }}
        />
      );
    case 'join':
      return (
        <JoinDialog
          store={store}
          onClose={close}
          onJoined={(id, notice) => {
            close();
            const joined = store.proposal(id);
            if (joined) nav.select(selectionOf(joined));
            if (notice) store.tell(notice);
          }}
        />
      );
    case 'leave':
      return (
        <LeaveDialog
          name={name}
          leaving={panel.leaving}
          onCancel={close}
          onLeave={() => {
            close();
            void panel.then();
          }}
          onSave={() => {
            close();
            // leaving goes on once the file is saved (after the name is asked, for an untitled one)
            void store.save(panel.then);
          }}
        />
      );
  }
}
