import { precisionOf } from '../db/time-precision';
import type { Deal, StageEntry } from '../schema/record';
import { atPrintedDay } from './printed-day';
import { sortedHistory } from './stage-time';

/**
 * The deal with each stage entry the page dated by day alone (a date printed without a time, or a
 * shown duration, `approximate`: both stored as 00:00 in the zone the page was read in) moved to the
 * start of that printed day in the user's zone setting, so days in stage count from the day the
 * page printed (metrics.md "Time in stage": a shown duration gives the entry day exactly;
 * decisions.md: a date-only reading is its date as printed). Counted in a zone west of the
 * browser's, the stored instant falls on the day before: "21 days in stage" showed 22 and `watch`.
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
    const enteredAt = before ? later(printed(entry.enteredAt), before) : printed(entry.enteredAt);
    const next = { ...entry, enteredAt };
    if (entry.after) next.after = earlier(printed(entry.after), enteredAt);
    moved.push(next);
  }
  return { ...deal, stageHistory: moved };
}
