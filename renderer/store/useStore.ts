import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ContributionState, ContributionStore } from './contributionStore';

/** Two values are the same for a view: the same object, or arrays / plain objects whose members are. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a) as (keyof T)[];
  const kb = Object.keys(b) as (keyof T)[];
  return ka.length === kb.length && ka.every((k) => Object.is(a[k], b[k]));
}

/** Two lists are the same for a view when their members are, each compared with {@link shallowEqual}. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => shallowEqual(x, b[i])));
}

/**
 * What a view reads of the store (`select` maps the state to it), through `useSyncExternalStore`:
 * the view renders again only when what it selects changes (`equal`: by identity, or
 * {@link shallowEqual} or {@link sameList} for a selection built anew each time).
 */
export function useStore<T>(store: ContributionStore, select: (state: ContributionState, store: ContributionStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const last = useRef<{ state: ContributionState; value: T } | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  const getSnapshot = useCallback((): T => {
    const state = store.getState();
    const value = selectRef.current(state, store);
    const prev = last.current;
    if (prev && equal(prev.value, value)) {
      prev.state = state;
      return prev.value;
    }
    last.current = { state, value };
    return value;
  }, [store, equal]);
  return useSyncExternalStore(store.subscribe, getSnapshot);
}
