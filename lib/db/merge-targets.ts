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
