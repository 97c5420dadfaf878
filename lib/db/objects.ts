/** The object without its undefined fields, so spreading it never erases a stored value. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Sorted so that merging in either order gives the same array. */
export function sortedUnion(a: readonly string[] = [], b: readonly string[] = []): string[] {
  return [...new Set([...a, ...b])].sort();
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function toUtcIso(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

/** The keys once each, in the order first met. */
export function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}
