import type { InvokableMethod } from '../../shared/host/hostMethods';

/** The calls that change a document the host holds (its journal, its file, its versions). */
const WRITES: ReadonlySet<InvokableMethod> = new Set<InvokableMethod>([
  'updateContribution',
  'patchContribution',
  'saveContribution',
  'saveContributionAs',
  'keepContributionCopy',
  'createVersion',
  'restoreVersion',
  'closeContribution',
]);

/** How long a call waits for earlier writes at most: a client that never finishes a write's body holds nothing up for long. */
const MOST_WAIT_MS = 10_000;

/**
 * Calls are answered in the order their writes arrived: a call waits for every write that arrived
 * before it (not for later ones, and not for long reads such as a Word import). Over HTTP two
 * requests race once they are read: a page reloaded right after a keystroke sends its last
 * autosave as it goes, and the new page's first call must read what that write saved, not the
 * document before it.
 */
export class WriteOrder {
  private readonly pending = new Set<Promise<void>>();

  /** Call when a request for `method` arrives, before reading its body; run the call with what it returns. */
  arrive(method: InvokableMethod): <T>(call: () => Promise<T>) => Promise<T> {
    const earlier = [...this.pending];
    let done = (): void => undefined;
    if (WRITES.has(method)) {
      const mine = new Promise<void>((resolve) => (done = resolve));
      this.pending.add(mine);
      void mine.then(() => this.pending.delete(mine));
    }
    return async (call) => {
      try {
        if (earlier.length) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          await Promise.race([Promise.allSettled(earlier), new Promise((r) => (timer = setTimeout(r, MOST_WAIT_MS)))]);
          clearTimeout(timer);
        }
        return await call();
      } finally {
        done();
      }
    };
  }
}
