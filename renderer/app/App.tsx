import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { HostApi } from '../../shared/host/hostApi';
import { ContributionStore } from '../store/contributionStore';
import { ContributionDialogs } from './ContributionDialogs';
import { MainPane } from './MainPane';
import { Notices } from './Notices';
import { Panels } from './Panels';
import { useSelectedProposal } from './selectedProposal';
import { SidePane } from './SidePane';
import { SidePaneContext, type SidePaneAccess, type Tool } from './sidePane';
import { Sidebar } from './Sidebar';
import { TitleBar } from './TitleBar';
import { Toolbar } from './Toolbar';
import { useCommandKeys } from './useCommandKeys';
import { useNavigation } from './useNavigation';
import { usePageLifecycle } from './usePageLifecycle';
import { useWindowActions } from './useWindowActions';
import { useRegistry } from './commandRegistry';

/**
 * The window (docs/design.md): the contribution's store (the one owner of the open contribution)
 * and the views over it: the title bar and the one toolbar over the sidebar (the contribution's
 * proposals, then the adopted texts), the workspace with the chosen one, and the side pane beside
 * it; the dialogs over them. The commands come from the command table, by key, menu or button alike.
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
  const registry = useRegistry(actions.registry);
  const proposalId = useSelectedProposal(store, nav.selection);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const { tool, setTool } = nav;
  const toggle = useCallback((t: Tool) => setTool((open) => (open === t ? null : t)), [setTool]);
  const pane = useMemo((): SidePaneAccess => ({ tool, setTool, toggle, slot }), [tool, setTool, toggle, slot]);
  return (
    <SidePaneContext.Provider value={pane}>
      <div className="app">
        <TitleBar store={store} />
        <Toolbar registry={actions.registry} store={store} proposalId={proposalId} tool={tool} />
        <aside className="sidebar-column">
          <Sidebar store={store} selection={nav.selection} onSelect={nav.select} onNewDraft={actions.newDraft} onImport={() => nav.setPanel({ type: 'import' })} onJoin={() => actions.registry.run('joinRoom')} />
        </aside>
        <div className="work">
          <div className="work-grid">
            <main className="pane">
              <ContributionDialogs store={store} />
              <Notices store={store} />
              <MainPane store={store} host={host} nav={nav} actions={actions} proposalId={proposalId} />
            </main>
            <SidePane store={store} host={host} nav={nav} actions={actions} proposalId={proposalId} editorTools={registry.has('findReplace')} onSlot={setSlot} />
          </div>
        </div>
        <Panels store={store} host={host} nav={nav} actions={actions} />
      </div>
    </SidePaneContext.Provider>
  );
}
