import type { NotRead } from '../schema/read-result';
import type { ContactView } from '../schema/view-model';
import { zonedDay } from '../zoned-day';
import { isTimelineEntry, loadedBack } from './timeline-read-in-part';
import { dayNumberOf, startOfDay } from './zoned-days';

type Week = ContactView['weekly'][number];

/**
 * The trend's weeks as far as what Touchline holds speaks for them, and what to say beside them.
 * Loaded back only to some instant ("Load more" below), a week that ended by then (weeks start on
 * Monday in the user's zone) lies wholly in the part not loaded: with no touch stored (another
 * page, an earlier reading or a touch logged in Touchline may hold some) it is left out, never
 * drawn as a week of none. Read in part otherwise (a filter, a fold), any week may miss touches:
 * all are shown, and the note says so.
 */
export function trendWeeksRead(
  weekly: readonly Week[],
  notRead: readonly NotRead[],
  timeZone: string,
): { weeks: Week[]; note?: string } {
  if (!notRead.some(isTimelineEntry)) return { weeks: [...weekly] };
  const back = loadedBack(notRead);
  if (back === undefined)
    return {
      weeks: [...weekly],
      note: 'The timeline was read in part: each week may miss touches in the part not read.',
    };
  const before = (w: Week) => weekEnd(w.weekStart, timeZone) <= back;
  const weeks = weekly.filter((w) => !before(w) || Object.values(w.byChannel).some((count) => count > 0));
  const loadedTo = zonedDay(new Date(back), timeZone);
  if (weeks.length < weekly.length)
    return {
      weeks,
      note: `Weeks before the timeline was loaded back to (${loadedTo}) with no touch held are not shown: their touches were not read.`,
    };
  // Weeks before it kept for the touches held (another page, a logged touch): the page's own are not read.
  return weeks.some(before)
    ? {
        weeks,
        note: `Weeks before ${loadedTo} show only the touches held from elsewhere: the page was not loaded back to them.`,
      }
    : { weeks };
}

/** The first instant after the week beginning on `weekStart` (a calendar day) in `timeZone`. */
function weekEnd(weekStart: string, timeZone: string): number {
  return startOfDay(dayNumberOf(weekStart) + 7, timeZone).getTime();
}
