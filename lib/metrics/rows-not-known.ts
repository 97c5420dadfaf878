/**
 * How many rows at the head of a stage funnel have no known share, when some deals' histories may
 * begin after the deals did (an export that dates only the current stage): such a deal may have
 * entered, and moved on from, any row placed before the stage its history begins in (deals move
 * forward), or any row at all when that stage is an outcome or has no place in the order.
 * `position` gives each row's place; `lateStarts` the stages such histories begin in.
 */
export function rowsNotKnown(
  position: ReadonlyMap<string, number>,
  rowCount: number,
  lateStarts: Iterable<string>,
): number {
  let before = 0;
  for (const stage of lateStarts) before = Math.max(before, position.get(stage) ?? rowCount);
  return before;
}
