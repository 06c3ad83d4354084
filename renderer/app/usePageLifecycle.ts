import { useEffect } from 'react';
import type { ContributionStore } from '../store/contributionStore';

/**
 * The page's life, told to the store: when the page is hidden the edits not yet sent go to the host
 * at once; when it is unloaded (a closed tab, a reload) they go without waiting for the writes before
 * them; when the window comes back to the front, the store asks whether the document changed elsewhere.
 */
export function usePageLifecycle(store: ContributionStore): void {
  useEffect(() => {
    const leave = (): void => store.flushOnLeave();
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') void store.flush();
    };
    const back = (): void => void store.checkNow();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('focus', back);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('focus', back);
    };
  }, [store]);
}
