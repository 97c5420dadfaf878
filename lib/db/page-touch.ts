import { dayStart } from '../metrics/printed-day';
import { isTouch } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { DayZones } from './logged-day';
import { rowPrintedDay } from './time-precision';

/** The zones "the same day" is decided in, and the moment a reading or an edit happens. */
export interface MergeClock extends DayZones {
  now: Date;
}

/**
 * Whether a stored page row is a touch at `now`, as the metrics decide (lib/metrics/touch.ts
 * isTouch): not planned, not cancelled, missed or moved, its time come; a meeting dated without a
 * time of day only once the day the page printed is over. Only a touch can take a logged one.
 */
export function isPageTouch(row: Activity, clock: MergeClock): boolean {
  const printedAt =
    row.timestamp && row.timePrecision === 'day'
      ? dayStart(rowPrintedDay({ ...row, timestamp: row.timestamp }, clock.pageTimeZone), clock.timeZone)
      : undefined;
  return isTouch(row, { now: clock.now, timeZone: clock.timeZone }, printedAt);
}
