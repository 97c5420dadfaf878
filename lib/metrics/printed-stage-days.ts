import { precisionOf } from '../db/time-precision';
import type { Deal, StageEntry } from '../schema/record';
import { atPrintedDay } from './printed-day';
import { sortedHistory } from './stage-time';
import { dayNumber, startOfDay } from './zoned-days';

/**
 * The deal with each stage entry the page dated by day alone moved to where it stands in the
 * user's zone setting, so days in stage count as the page gave them. Both kinds are stored as 00:00
 * in the zone the page was read in; counted in a zone west of the browser's, that instant falls on
 * the day before: "21 days in stage" showed 22 and `watch`.
 * - A date printed without a time is that day as printed, starting in the user's zone
 *   (decisions.md: a date-only reading is its date as printed).
 * - A shown duration (`approximate`, "3 days" in stage: the start of the page's day minus 3) is a
 *   number of days back from the reading that showed it (metrics.md "Time in stage": it gives the
 *   entry day exactly), so it counts back from the user's day at that reading (`countedFrom`): read
 *   at 18:00 in Los Angeles on a browser on UTC, already the next day there, "3 days" is 3 days in
 *   stage and "0 days" today. The reading kept on the entry is the one its date was counted from
 *   (db/stage-history.ts keeps them together), never a later one. An entry stored without it is
 *   taken as a printed date.
 * Touchline's own sightings are instants to the millisecond and stay. The history keeps its order:
 * an entry moved before the one stored before it (a sighting at 23:30, then "1 day in stage" the
 * next day, counted in a zone east of the browser's) is put at that one's time instead.
 */
export function withPrintedStageDays<T extends Pick<Deal, 'stageHistory'>>(
  deal: T,
  zones: { timeZone: string; pageTimeZone: string },
): T {
  const { timeZone, pageTimeZone } = zones;
  if (timeZone === pageTimeZone) return deal;
  const dateOnly = (iso: string) => precisionOf({ timestamp: iso }, pageTimeZone) === 'day';
  const printed = (iso: string) => (dateOnly(iso) ? atPrintedDay(iso, pageTimeZone, timeZone).toISOString() : iso);
  const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
  const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
  const moved: StageEntry[] = [];
  for (const entry of sortedHistory(deal)) {
    const before = moved.at(-1)?.enteredAt;
    const own =
      entry.approximate && entry.countedFrom && dateOnly(entry.enteredAt)
        ? countedBack(entry.enteredAt, entry.countedFrom, zones)
        : printed(entry.enteredAt);
    const enteredAt = before ? later(own, before) : own;
    const next = { ...entry, enteredAt };
    if (entry.after) next.after = earlier(printed(entry.after), enteredAt);
    moved.push(next);
  }
  return { ...deal, stageHistory: moved };
}

/**
 * A shown duration's entry counted back from its reading: as many days before the user's day at
 * `readAt` as the stored entry's day was before the page's day then, from its start in the user's zone.
 */
function countedBack(enteredAt: string, readAt: string, zones: { timeZone: string; pageTimeZone: string }): string {
  const read = new Date(readAt);
  const days = dayNumber(read, zones.pageTimeZone) - dayNumber(new Date(enteredAt), zones.pageTimeZone);
  return startOfDay(dayNumber(read, zones.timeZone) - days, zones.timeZone).toISOString();
}
