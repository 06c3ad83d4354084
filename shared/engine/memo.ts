/**
 * Bounded memo tables for the engine's pure steps. A comparison after a keystroke meets the same
 * lines as the one before it; remembering what a pure function gave for the same input makes the
 * repeat cheap and cannot change a result. Each table forgets its oldest entry when full.
 */
const resets: (() => void)[] = [];

/** A memo table holding at most `limit` entries, cleared by {@link clearEngineCaches}. */
export function memoTable<K, V>(limit: number): { get(key: K): V | undefined; set(key: K, value: V): void } {
  const map = new Map<K, V>();
  resets.push(() => map.clear());
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= limit) map.delete(map.keys().next().value as K);
      map.set(key, value);
    },
  };
}

/**
 * A memo table keyed by two texts, holding at most `limit` entries (the first text's entries are
 * forgotten together, oldest first). Saves joining two long lines into one key.
 */
export function memoTextPairs<V>(limit: number): { get(a: string, b: string): V | undefined; set(a: string, b: string, value: V): void } {
  const outer = new Map<string, Map<string, V>>();
  let size = 0;
  resets.push(() => {
    outer.clear();
    size = 0;
  });
  return {
    get: (a, b) => outer.get(a)?.get(b),
    set: (a, b, value) => {
      while (size >= limit && outer.size > 0) {
        const [oldest, entries] = outer.entries().next().value as [string, Map<string, V>];
        size -= entries.size;
        outer.delete(oldest);
      }
      let inner = outer.get(a);
      if (!inner) outer.set(a, (inner = new Map()));
      if (!inner.has(b)) size++;
      inner.set(b, value);
    },
  };
}

/**
 * A memo of a pure function of two objects, keyed by their identity (for values memoised
 * themselves, such as word bags): an entry goes when either object does, or with
 * {@link clearEngineCaches}.
 */
export function memoPairs<K extends object, V>(): { get(a: K, b: K): V | undefined; set(a: K, b: K, value: V): void } {
  let outer = new WeakMap<K, WeakMap<K, V>>();
  resets.push(() => {
    outer = new WeakMap();
  });
  return {
    get: (a, b) => outer.get(a)?.get(b),
    set: (a, b, value) => {
      let inner = outer.get(a);
      if (!inner) outer.set(a, (inner = new WeakMap()));
      inner.set(b, value);
    },
  };
}

/** Forget every memoised result (for benchmarks that measure cold work, and tests that prove warm equals cold). */
export function clearEngineCaches(): void {
  for (const reset of resets) reset();
}
