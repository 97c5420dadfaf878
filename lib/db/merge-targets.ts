import { eachRequest } from './transaction';

/**
 * The page copies that a record's logged touches were merged into, when the record's own rows do
 * not hold them: a copy read on a deal's timeline may name nobody, yet it is the counted copy of
 * a touch logged with a contact (contracts.md: counted once on every view).
 */
export function mergeTargetsMissing(rows: readonly ({ key: string; mergedInto?: string } | undefined)[]): string[] {
  const held = new Set(rows.map((row) => row?.key));
  const targets = rows.map((row) => row?.mergedInto).filter((key): key is string => !!key && !held.has(key));
  return [...new Set(targets)];
}

/** The rows with the page copies their logged touches were merged into that they do not hold (mergeTargetsMissing). */
export async function withMergeTargets<Row extends { key: string; mergedInto?: string }>(
  store: { get(key: string): Promise<Row | undefined> },
  rows: Row[],
): Promise<Row[]> {
  // Most records have no logged touch: no key set built for them.
  if (!rows.some((row) => row.mergedInto)) return rows;
  const targets = await eachRequest(mergeTargetsMissing(rows), (key) => store.get(key));
  return [...rows, ...targets.filter((row) => row !== undefined)];
}
