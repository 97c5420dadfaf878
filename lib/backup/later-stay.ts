import { DAY_MS } from '../metrics/zoned-days';
import type { Deal, StageEntry } from '../schema/record';

/**
 * Of two copies of a deal read at the same time (both from CRM exports only, whose `lastReadAt` is
 * the epoch: lib/csv-import/deals/to-deal.ts), `newer` is known to be the newer when its history
 * dates a stay (an entry the export or a page gave, not a sighting of Touchline's) that began after
 * everything `older` knows of the deal: its entries and its last sighting in a stage. The export
 * `older` came from was made before that stay began, or it would show it or a later move. A
 * sighting (`firstSeen`, `after`) only says when a file was imported, not what it knew, so it
 * settles nothing; with nothing to tell them apart the stored copy stays.
 */
export function datesLaterStay(newer: Deal, older: Deal): boolean {
  if (older.stageHistory.length === 0) return false;
  const knownUntil = Math.max(...older.stageHistory.flatMap(timesKnown));
  const dated = newer.stageHistory.filter((entry) => !entry.firstSeen && !entry.after);
  return dated.some((entry) => Date.parse(entry.enteredAt) > knownUntil);
}

/** When the copy knew the deal in the stage; an entry from a shown duration is exact to the day only. */
function timesKnown(entry: StageEntry): number[] {
  const entered = Date.parse(entry.enteredAt) + (entry.approximate ? DAY_MS : 0);
  return entry.seenUntil ? [entered, Date.parse(entry.seenUntil)] : [entered];
}
