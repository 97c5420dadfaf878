/** What is remembered per element during one reading, by kind ("lines", "layout-items", …). */
export type ReadingMemo = Map<string, WeakMap<object, unknown>>;

/**
 * Readers look at the same elements many times over (every property's label, every item's
 * lines); during one reading the page does not change, so what they find is kept for that
 * reading only, and a later reading, after the page changed, starts afresh. This is what keeps a
 * reading linear in the page: one pass builds a lookup that every later question reuses.
 */
let memo: ReadingMemo | null = null;

/** Runs one reading with its own memo (a reading nested in another shares the outer one). */
export function withReadingMemo<T>(read: () => T): T {
  return inReadingMemo(memo ?? new Map(), read);
}

/**
 * Runs one slice of a reading in the memo of that reading: a reading split into slices (the
 * content script gives the page its thread back between them) keeps one memo across all of them,
 * or every slice would look again at what the earlier ones found and the reading would stop
 * being linear.
 */
export function inReadingMemo<T>(own: ReadingMemo, read: () => T): T {
  const outer = memo;
  memo = own;
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
