import type { Activity } from '../schema/activity';
import { sameJson } from './objects';

/**
 * The writes that take the stored `rows` to `byKey` (rows by their new keys), logged touches
 * merged into a renamed row (`renamed`: old key → new key) following it: the keys to delete and
 * the rows to write, those unchanged left out.
 */
export function writesToRenamed(
  rows: readonly Activity[],
  byKey: Map<string, Activity>,
  renamed: ReadonlyMap<string, string>,
): { remove: string[]; put: Activity[] } {
  for (const [key, row] of byKey) {
    const target = row.mergedInto && renamed.get(row.mergedInto);
    if (target) byKey.set(key, { ...row, mergedInto: target });
  }
  const stored = new Map(rows.map((row) => [row.key, row]));
  return {
    remove: rows.filter((row) => !byKey.has(row.key)).map((row) => row.key),
    put: [...byKey.values()].filter((row) => !sameJson(stored.get(row.key), row)),
  };
}
