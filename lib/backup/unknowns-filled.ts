import { rowsAsShown } from '../db/as-shown';
import { withinDay } from '../db/time-precision';
import type { Activity, Outcome } from '../schema/activity';

/**
 * The stored copy of a page or export row with what it does not know taken from the file's copy
 * of the same row (metrics.md "Duplicate": the merged touch keeps the most informative fields): a
 * known outcome where it has none or `unknown` (a call the CRM showed connected, or a meeting a
 * no-show, only on the other browser), a stated direction where it has `unknown` or one an export presumed, and a time of day
 * on the day it has a date alone. Nothing it knows is replaced: a page row carries no time of its
 * last sighting, so a known value in the file may be the older (laterSighting says when the file's
 * copy is the newer). The two are compared as their pages showed them (rowsAsShown): where a
 * logged touch's fields stand in for the page's own (`pageOwn`), what the page shows now takes
 * their place as a reading's would (mergeActivity), and a time worked out from a count is no time
 * of day to take.
 */
export function unknownsFilled(stored: Activity, incoming: Activity, pageTimeZone: string): Activity {
  const [here, there] = rowsAsShown([stored, incoming]) as [Activity, Activity];
  const next: Activity = { ...stored };
  const own = { ...stored.pageOwn };
  if (!known(here.outcome) && known(there.outcome)) {
    next.outcome = there.outcome;
    if (own.outcome !== undefined) own.outcome = there.outcome;
  }
  const weaker = here.direction === 'unknown' || (here.directionPresumed && !there.directionPresumed);
  if (weaker && there.direction !== 'unknown') {
    next.direction = there.direction;
    if (there.directionPresumed) next.directionPresumed = true;
    else delete next.directionPresumed;
    delete own.direction;
  }
  if (timeOfDayOnItsDay(here, there, pageTimeZone) && there.timestamp) {
    next.timestamp = there.timestamp;
    next.timePrecision = 'minute';
    delete next.printedOn;
    delete next.relativeTime;
    delete own.timestamp;
    delete own.timePrecision;
    delete own.printedOn;
  }
  if (Object.keys(own).length > 0) next.pageOwn = own;
  else delete next.pageOwn;
  return next;
}

function known(outcome: Outcome | undefined): boolean {
  return outcome !== undefined && outcome !== 'unknown';
}

/** `there` shows a time of day (not one worked out from a count) on the day `here` shows alone. */
function timeOfDayOnItsDay(here: Activity, there: Activity, pageTimeZone: string): boolean {
  if (here.timePrecision !== 'day' || !here.timestamp || !there.timestamp) return false;
  if (there.timePrecision !== 'minute' || there.relativeTime) return false;
  return withinDay(there.timestamp, { ...here, timestamp: here.timestamp }, pageTimeZone);
}
