/**
 * Bounded memo tables for the engine's pure steps. A comparison after a keystroke meets the same
 * lines as the one before it; remembering what a pure function gave for the same input makes the
 * repeat cheap and cannot change a result. Each table forgets its oldest entry when full.
 */
const tables: Map<unknown, unknown>[] = [];

/** A memo table holding at most `limit` entries, cleared by {@link clearEngineCaches}. */
export function memoTable<K, V>(limit: number): { get(key: K): V | undefined; set(key: K, value: V): void } {
  const map = new Map<K, V>();
  tables.push(map as Map<unknown, unknown>);
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= limit) map.delete(map.keys().next().value as K);
      map.set(key, value);
    },
  };
}

/** Forget every memoised result (for benchmarks that measure cold work, and tests that prove warm equals cold). */
export function clearEngineCaches(): void {
  for (const t of tables) t.clear();
}
