import { useEffect, useState } from 'react';

/** Something loaded once, when first wanted (a module's export: code kept out of the window's first bundle). */
export interface Loader<T> {
  /** The value once loaded. */
  value: T | undefined;
  /** Loads it (once); resolves with it. */
  load(): Promise<T>;
}

/** A {@link Loader} of what `load` resolves with. */
export function loader<T>(load: () => Promise<T>): Loader<T> {
  let loading: Promise<T> | undefined;
  const l: Loader<T> = {
    value: undefined,
    load: () =>
      (loading ??= load().then((v) => {
        l.value = v;
        return v;
      })),
  };
  return l;
}

/**
 * For a view: the loader's value, loaded when `wanted` first is; undefined until it has loaded (the
 * view shows that it is coming). Nothing of the view suspends while it loads.
 */
export function useLoaded<T>(l: Loader<T>, wanted: boolean): T | undefined {
  const [value, setValue] = useState(l.value);
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let current = true;
    void l.load().then((v) => current && setValue(() => v));
    return () => {
      current = false;
    };
  }, [l, wanted, value]);
  return value ?? l.value;
}
