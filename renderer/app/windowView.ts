import type { HostApi } from '../../shared/host/hostApi';
import type { ContributionStore } from '../store/contributionStore';
import type { Navigation } from './useNavigation';
import type { WindowActions } from './useWindowActions';

/** What the window's large views (the workspace, the side pane) are given. */
export interface WindowView {
  store: ContributionStore;
  host: HostApi;
  nav: Navigation;
  actions: WindowActions;
  /** The proposal the selection shows, if any. */
  proposalId: string | undefined;
}
