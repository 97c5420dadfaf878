import type { NotRead } from '../schema/read-result';
import type { ContactView } from '../schema/view-model';
import { isTimelineEntry, loadedBack } from './timeline-read-in-part';

type Week = ContactView['weekly'][number];

const DAY_MS = 86_400_000;

/**
 * The trend's weeks as far as the timeline read holds them, and what to say beside them. Loaded
 * back only to some day ("Load more" below), a week that ended a day or more before it lies wholly
 * in the part not loaded: its touches are not known, so it is left out, never drawn as a week of
 * none (a day of slack: weeks start in the user's zone, the bound is an instant). Read in part
 * otherwise (a filter, a fold), any week may miss touches: all are shown, and the note says so.
 */
export function trendWeeksRead(weekly: readonly Week[], notRead: readonly NotRead[]): { weeks: Week[]; note?: string } {
  if (!notRead.some(isTimelineEntry)) return { weeks: [...weekly] };
  const back = loadedBack(notRead);
  if (back === undefined)
    return {
      weeks: [...weekly],
      note: 'The timeline was read in part: each week may miss touches in the part not read.',
    };
  const weeks = weekly.filter((w) => Date.parse(`${w.weekStart}T00:00:00Z`) + 8 * DAY_MS > back);
  if (weeks.length === weekly.length) return { weeks };
  const loadedTo = new Date(back).toISOString().slice(0, 10);
  return {
    weeks,
    note: `Weeks before the timeline was loaded back to (${loadedTo}) are not shown: their touches were not read.`,
  };
}
