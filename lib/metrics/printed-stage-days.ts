import { precisionOf } from '../db/time-precision';
import type { Deal, StageEntry } from '../schema/record';
import { atPrintedDay } from './printed-day';

/**
 * The deal with each stage entry the page dated by day alone (a date printed without a time, or a
 * shown duration, `approximate`: both stored as 00:00 in the zone the page was read in) moved to the start
 * of that printed day in the user's zone setting, so days in stage count from the day the page
 * printed (metrics.md "Time in stage": a shown duration gives the entry day exactly; decisions.md:
 * a date-only reading is its date as printed). Counted in a zone west of the browser's, the stored
 * instant falls on the day before: "21 days in stage" showed 22 and `watch`. Entries Touchline
 * timed itself (sightings) are instants and stay.
 */
export function withPrintedStageDays<T extends Pick<Deal, 'stageHistory'>>(
  deal: T,
  zones: { timeZone: string; pageTimeZone: string },
): T {
  const { timeZone, pageTimeZone } = zones;
  if (timeZone === pageTimeZone) return deal;
  const dateOnly = (iso: string) => precisionOf({ timestamp: iso }, pageTimeZone) === 'day';
  const printed = (iso: string) => atPrintedDay(iso, pageTimeZone, timeZone).toISOString();
  const moved = (entry: StageEntry): StageEntry => {
    if (entry.firstSeen) return entry;
    const next = { ...entry };
    if (dateOnly(entry.enteredAt)) next.enteredAt = printed(entry.enteredAt);
    if (entry.after && dateOnly(entry.after)) next.after = printed(entry.after);
    return next;
  };
  return { ...deal, stageHistory: deal.stageHistory.map(moved) };
}
