import { isTouch, wasNotHeld } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { DayZones } from './logged-day';

/** The zones "the same day" is decided in, and the moment a reading or an edit happens. */
export interface MergeClock extends DayZones {
  now: Date;
}

/**
 * Whether a stored page row is a touch at `now` exactly as the metrics count it (lib/metrics/touch.ts
 * isTouch): a meeting dated by day alone is none until its day is over (metrics.md, Meetings), so a
 * touch logged on its day was not shown as a touch before (metrics.md "Logged in Touchline").
 */
export function shownAsTouch(row: Activity, clock: MergeClock): boolean {
  return isTouch(row, { now: clock.now, timeZone: clock.timeZone });
}

/**
 * Whether a page row can take a logged touch at `now`: a touch as the metrics decide (shownAsTouch:
 * not planned, not cancelled, missed or moved, its time come), or a meeting dated by day alone
 * whose day has begun. On a day a meeting was logged, that meeting is the one told by its date
 * only: it takes the logged time (withUserFields), so it counts as held once that time has
 * passed. Cancelled or moved, it stays no touch.
 */
export function isPageTouch(row: Activity, clock: MergeClock): boolean {
  if (row.type === 'meeting' && row.timePrecision === 'day' && !wasNotHeld(row)) {
    return shownAsTouch({ ...row, outcome: 'held' }, clock);
  }
  return shownAsTouch(row, clock);
}
