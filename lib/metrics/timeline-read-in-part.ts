import type { NotRead } from '../schema/read-result';
import type { ContactView } from '../schema/view-model';
import { BAND_PERIOD } from './benchmark-band';
import { resolvePeriod } from './period';
import { dayNumberOf, startOfDay } from './zoned-days';

/** Beside a next step worked out from part of the timeline. */
export const NEXT_STEP_READ_IN_PART =
  '(The timeline was read in part: touches in the part not read may change which step is next and when it is due.)';

/** After a gone-cold reason counted from the newest touch read. */
export const COLD_READ_IN_PART = '(The timeline was read in part: a newer touch may be in the part not read.)';

/**
 * The contact's view as the panel shows it when the page showed its timeline in part (the
 * adapter's `activities` notRead entries: filtered, folded, older items behind "Load more"). Every
 * figure that hangs on the oldest touch read says so, and, unless `newestRead` (only older items
 * were not loaded: `olderOnlyNotRead`), every one that hangs on the newest, as figures beside
 * touches without a readable date do (nextTouchView, undatedCaveat):
 * - lead response time is not known (metrics.md: not shown when unknown): the first response may
 *   be in the part not read;
 * - touches to the first reply and meeting: the panel says they are not known (`timelineReadInPart`):
 *   earlier touches, or an earlier reply, may be in the part not read;
 * - the next step keeps the date worked out from what was read, with a caveat beside it (steps
 *   are numbered from the oldest outbound touch read, and a newer touch moves the date);
 * - gone cold gets a caveat: a newer touch may be in the part not read. Not gone cold needs none:
 *   a touch not read can only make the contact warmer; nor does gone cold when only older items
 *   were not loaded: no touch among them is newer than the newest read;
 * - the vanity flag is not raised: "no reply, connect or meeting" is not known, since one may be
 *   in the part not read; when only older items were not loaded, it is kept if the touches read
 *   reach back before its 30 days (readBeforeBandPeriod): what was not loaded is older still.
 * Counts over the period stay as read: the panel's notice says they may miss some.
 */
export function withTimelineReadInPart(view: ContactView, { newestRead = false } = {}): ContactView {
  if (view.timelineReadInPart) return view;
  const { cadence } = view;
  const nextDueReason = cadence.nextDue
    ? [cadence.nextDueReason, NEXT_STEP_READ_IN_PART].filter(Boolean).join(' ')
    : cadence.nextDueReason;
  const goneColdReason = [cadence.goneColdReason, COLD_READ_IN_PART].filter(Boolean).join(' ');
  return {
    ...view,
    timelineReadInPart: true,
    outcomes: {
      ...view.outcomes,
      leadResponseHours: null,
      vanity: view.outcomes.vanity && newestRead && readBeforeBandPeriod(view),
    },
    cadence: {
      ...cadence,
      ...(nextDueReason ? { nextDueReason } : {}),
      ...(cadence.goneCold && !newestRead ? { goneColdReason } : {}),
    },
  };
}

/**
 * Whether a touch read falls before the vanity flag's 30 days: some week of the trend that ends
 * before they start holds one. The period's end is now, or before it (last quarter's), so the 30
 * days counted back from it start no later than the flag's.
 */
function readBeforeBandPeriod(view: ContactView): boolean {
  const { end, timeZone } = view.period;
  const bandStart = resolvePeriod(BAND_PERIOD, new Date(end), timeZone).start.getTime();
  return view.weekly.some(
    (week) =>
      startOfDay(dayNumberOf(week.weekStart) + 7, timeZone).getTime() <= bandStart &&
      Object.values(week.byChannel).some((n) => n > 0),
  );
}

/** The page's `activities` entries all say only older items were not loaded: the newest touch was read. */
export function olderOnlyNotRead(notRead: readonly NotRead[]): boolean {
  const timeline = notRead.filter((item) => item.field === 'activities' || item.field === 'record.activities');
  return timeline.length > 0 && timeline.every((item) => item.part === 'older');
}
