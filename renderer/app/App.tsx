import { useEffect, useState, type ReactNode } from 'react';
import type { HostApi } from '../../shared/host/hostApi';
import { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { ContributionBar } from './ContributionBar';
import { ContributionDialogs } from './ContributionDialogs';
import { EditionPicker } from './EditionPicker';
import { MainPane } from './MainPane';
import { Notices } from './Notices';
import { Panels } from './Panels';
import { Sidebar } from './Sidebar';
import { useCommandKeys } from './useCommandKeys';
import { useNavigation } from './useNavigation';
import { usePageLifecycle } from './usePageLifecycle';
import { useWindowActions } from './useWindowActions';

/**
 * The window: the contribution's store (the one owner of the open contribution) and the views over
 * it: the resolutions and proposals in a sidebar with the contribution's commands, the chosen one
 * beside them, the dialogs over them. The commands come from the command table, by key, menu or
 * button alike.
 */
export function App({ host }: { host: HostApi }): ReactNode {
  const [store] = useState(() => new ContributionStore(host));
  useEffect(() => {
    void store.start();
    return () => store.dispose();
  }, [store]);
  const nav = useNavigation();
  const actions = useWindowActions(store, host, nav);
  useCommandKeys(host, actions.registry, actions.hostCommand);
  usePageLifecycle(store);
  const editions = useStore(store, (s) => s.editions);
  const edition = useStore(store, (s) => s.edition);
  return (
    <div className="app">
      <aside className="sidebar-column">
        <h1 className="app-name">Resolution Drafter</h1>
        <EditionPicker editions={editions} edition={edition} onChange={(id) => store.chooseEdition(id)} />
        <Sidebar store={store} selection={nav.selection} onSelect={nav.select} onNewDraft={actions.newDraft} onImport={() => nav.setPanel({ type: 'import' })} />
        <ContributionBar store={store} registry={actions.registry} onSynopsis={() => nav.setCompiling(true)} />
      </aside>
      <main className="pane">
        <ContributionDialogs store={store} />
        <Notices store={store} />
        <MainPane store={store} host={host} nav={nav} actions={actions} />
      </main>
      <Panels store={store} host={host} nav={nav} actions={actions} />
    </div>
  );
}
