import type { Activity } from '../schema/activity';

/** An item a reading shows and a stored row it may be another sighting of. */
export interface Sighting {
  item: Activity;
  row: Activity;
}

/**
 * The pairs that share neither their item nor their row with another pair, as item → row: where
 * two rows fit one item, or two items one row, which is which is unknowable and nothing is merged
 * (a wrong merge loses a touch; two rows of one touch only show it once more).
 */
export function onlyPairs(pairs: readonly Sighting[]): Map<Activity, Activity> {
  const alone = (pair: Sighting) =>
    pairs.every((other) => other === pair || (other.item !== pair.item && other.row !== pair.row));
  return new Map(pairs.filter(alone).map((pair) => [pair.item, pair.row]));
}
