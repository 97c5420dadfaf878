import { isTouch, wasNotHeld } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { DayZones } from './logged-day';

/** The zones "the same day" is decided in, and the moment a reading or an edit happens. */
export interface MergeClock extends DayZones {
  now: Date;
}

/**
 * Whether a stored page row is a touch at `now`, as the metrics decide (lib/metrics/touch.ts
 * isTouch): not planned, not cancelled, missed or moved, its time come. Only a touch can take a
 * logged one.
 */
export function isPageTouch(row: Activity, clock: MergeClock): boolean {
  // A meeting dated by day alone is held once its day is over, yet on a day a meeting was logged
  // it is that meeting, told by its date only: it takes the logged time (withUserFields), so it
  // counts as held as soon as that time has passed. Cancelled or moved, it stays no touch.
  if (row.type === 'meeting' && row.timePrecision === 'day' && !wasNotHeld(row)) {
    return isTouch({ ...row, outcome: 'held' }, { now: clock.now, timeZone: clock.timeZone });
  }
  return isTouch(row, { now: clock.now, timeZone: clock.timeZone });
}
