/** What is remembered per element during one reading, by kind ("lines", "layout-items", …). */
type Memo = Map<string, WeakMap<object, unknown>>;

/**
 * Readers look at the same elements many times over (every property's label, every item's
 * lines); during one reading the page does not change, so what they find is kept for that
 * reading only, and a later reading, after the page changed, starts afresh. This is what keeps a
 * reading linear in the page: one pass builds a lookup that every later question reuses.
 */
let memo: Memo | null = null;

/** Runs one reading with its own memo (a reading nested in another shares the outer one). */
export function withReadingMemo<T>(read: () => T): T {
  const outer = memo;
  memo = outer ?? new Map();
  try {
    return read();
  } finally {
    memo = outer;
  }
}

/** `compute()` once per key and kind during a reading (every time outside one). */
export function remembered<V>(kind: string, key: object, compute: () => V): V {
  if (!memo) return compute();
  let map = memo.get(kind);
  if (!map) {
    map = new WeakMap();
    memo.set(kind, map);
  }
  if (map.has(key)) return map.get(key) as V;
  const value = compute();
  map.set(key, value);
  return value;
}
