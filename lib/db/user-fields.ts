import { dayStart } from '../metrics/printed-day';
import type { Activity } from '../schema/activity';
import { zonedDay } from '../zoned-day';
import { pageShowed } from './as-shown';
import type { DayZones } from './logged-day';
import { browserTimeZone } from './time-precision';

/**
 * The page copy of a touch with what the user said when logging it, where the page's is unknown
 * (metrics.md "Logged in Touchline", and "Duplicate": the merged touch keeps the most informative
 * fields): their outcome and note, their direction, and their time of day over a page date alone
 * (the two are on the same day, or they would not have merged). The metrics count the page copy
 * and skip the merged logged touch, so the user's words must live on the page copy.
 */
export function withUserFields(page: Activity, logged: Activity): Activity {
  const next = { ...page };
  const pageKnows = page.outcome !== undefined && page.outcome !== 'unknown';
  if (!pageKnows && logged.outcome !== undefined && logged.outcome !== 'unknown') next.outcome = logged.outcome;
  if (!page.note && logged.note) next.note = logged.note;
  if (page.direction === 'unknown' && logged.direction !== 'unknown') next.direction = logged.direction;
  if (page.timePrecision === 'day' && logged.timestamp && logged.timePrecision !== 'day') {
    next.timestamp = logged.timestamp;
    next.timePrecision = 'minute';
    // The printed date says nothing more once the touch has a time (see mergeActivity).
    delete next.printedOn;
  }
  // The touch stays on the row of whoever logged it when the page copy, the one counted, names nobody.
  if (page.owner === undefined && logged.owner !== undefined) {
    next.owner = logged.owner;
    if (logged.ownerBySetting) next.ownerBySetting = true;
  }
  return next;
}

/**
 * The page copy without what a logged touch gave it, when that touch is undone, edited or moved
 * away. Pages never carry notes; an outcome, direction or time equal to the user's is taken as
 * theirs (a page that showed the same itself shows it again on the next reading: a re-read with a
 * time makes a date-only row precise, and one with a direction replaces `unknown`). A time taken
 * back leaves the date the logged touch was on, in the user's zone (`zones.timeZone`), printed as
 * that day's start in the zone pages are read in, as a date-only reading stores it.
 */
export function withoutUserFields(page: Activity, logged: Activity, zones: DayZones = browserZones()): Activity {
  const next = { ...page };
  if (logged.outcome !== undefined && next.outcome === logged.outcome) delete next.outcome;
  if (logged.note !== undefined && next.note === logged.note) delete next.note;
  // Where the row's key tells what the page showed (pageShowed), that decides instead of equality.
  // A row with a CRM id has a key that tells nothing: its page may have shown the same direction
  // and time itself (Ana's inbound call back), so they stay until the page is read again.
  const shown = pageShowed(page, zones);
  if (shown || !page.sourceId) takeBackDirectionAndTime(next, logged, shown, zones);
  // An owner the page copy had only from the logged touch (a "You" item keeps the user's name).
  if (!page.byViewer && logged.owner !== undefined && next.owner === logged.owner && next.ownerBySetting) {
    delete next.owner;
    delete next.ownerBySetting;
  }
  return next;
}

function takeBackDirectionAndTime(
  next: Activity,
  logged: Activity,
  shown: Activity | undefined,
  zones: DayZones,
): void {
  const pageDirectionUnknown = shown ? shown.direction === 'unknown' : true;
  if (logged.direction !== 'unknown' && next.direction === logged.direction && pageDirectionUnknown) {
    next.direction = 'unknown';
  }
  const pageDateOnly = shown ? shown.timePrecision === 'day' : true;
  if (logged.timestamp && next.timePrecision === 'minute' && next.timestamp === logged.timestamp && pageDateOnly) {
    const day = zonedDay(logged.timestamp, zones.timeZone);
    next.timestamp = dayStart(day, zones.pageTimeZone).toISOString();
    next.timePrecision = 'day';
    next.printedOn = day;
  }
}

/**
 * The page copy with what logged touch `gone` gave it taken off and what each of `given` gives
 * put on: an edit (both), an undo or a merge moved away (`gone` only), a touch merged anew
 * (`given` only). Several logged touches that are one touch (duplicate rule 3) share a page copy.
 */
export function withUserFieldsMoved(
  page: Activity,
  gone: Activity | undefined,
  given: Activity | readonly Activity[] | undefined,
  zones: DayZones = browserZones(),
): Activity {
  const cleared = gone ? withoutUserFields(page, gone, zones) : page;
  const givers = given === undefined ? [] : Array.isArray(given) ? given : [given];
  return givers.reduce<Activity>((row, touch) => withUserFields(row, touch), cleared);
}

function browserZones(): DayZones {
  return { timeZone: browserTimeZone(), pageTimeZone: browserTimeZone() };
}
