import { precisionOf } from '../db/time-precision';
import type { Deal, StageEntry } from '../schema/record';
import { atPrintedDay } from './printed-day';
import { sortedHistory } from './stage-time';
import { dayNumber, startOfDay } from './zoned-days';

/**
 * The deal with each stage entry the page dated by day alone moved to where it stands in the user's
 * zone setting, so days in stage count as the page gave them. Counted in a zone west of the
 * browser's, the stored instant falls on the day before: "21 days in stage" showed 22 and `watch`.
 * - A date printed without a time (stored as 00:00 in the zone the page was read in) is that day
 *   as printed, starting in the user's zone (decisions.md: a date-only reading is its date as printed).
 * - A shown duration (`approximate`: "3 days" in stage, stored as the start of the page's day
 *   minus 3) counts back from the moment the page was read (metrics.md "Time in stage": it gives the
 *   entry day exactly): the user's day at that moment minus 3, not the page's. Read at 18:00 in Los
 *   Angeles on a browser on UTC (already the next day there), "3 days" is 3 days in stage, "0 days"
 *   today. The reading is the latest that showed the deal in the stay (sightingOf); without one
 *   known, the entry is taken as a printed date.
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
  const history = sortedHistory(deal);
  const moved: StageEntry[] = [];
  for (const [i, entry] of history.entries()) {
    const before = moved.at(-1)?.enteredAt;
    const readAt = entry.approximate ? sightingOf(entry, history[i + 1]) : undefined;
    const own = readAt ? countedBack(entry.enteredAt, readAt, zones) : printed(entry.enteredAt);
    const enteredAt = before ? later(own, before) : own;
    const next = { ...entry, enteredAt };
    if (entry.after) next.after = earlier(printed(entry.after), enteredAt);
    moved.push(next);
  }
  return { ...deal, stageHistory: moved };
}

/**
 * The latest reading known to have shown the deal in this stay: its `seenUntil` while it is the
 * current one, else the next stay's `after` (the last time the deal was seen in this one). Each
 * newest reading's shown duration replaces the stored one (db/stage-history.ts: the page's entry
 * wins), so this is the reading that dated it.
 */
function sightingOf(entry: StageEntry, next: StageEntry | undefined): string | undefined {
  return entry.seenUntil ?? next?.after;
}

/**
 * A shown duration's entry counted back from the reading: as many days before the user's day at
 * `readAt` as the stored entry's day is before the page's day then, from its start in the user's zone.
 */
function countedBack(enteredAt: string, readAt: string, zones: { timeZone: string; pageTimeZone: string }): string {
  const read = new Date(readAt);
  const days = dayNumber(read, zones.pageTimeZone) - dayNumber(new Date(enteredAt), zones.pageTimeZone);
  return startOfDay(dayNumber(read, zones.timeZone) - days, zones.timeZone).toISOString();
}
