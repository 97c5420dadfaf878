import type { NotRead } from '../schema/read-result';
import type { ContactView, OutcomeFigures, Rate, RecordView } from '../schema/view-model';
import { BAND_PERIOD } from './benchmark-band';
import { settledAfter } from './cadence-settled';
import { TIMES_CONTACTED } from './crm-comparison';
import { resolvePeriod } from './period';

/** Beside a next step worked out from part of the timeline. */
export const NEXT_STEP_READ_IN_PART =
  '(The timeline was read in part: touches in the part not read may change which step is next and when it is due.)';

/** After a gone-cold reason counted from the newest touch read, and beside the last touch. */
export const COLD_READ_IN_PART = '(The timeline was read in part: a newer touch may be in the part not read.)';

/** After the gaps counted between the touches read. */
export const GAPS_READ_IN_PART =
  '(The timeline was read in part: touches in the part not read may close these gaps or change which step each touch is.)';

/** First in the explanation of a CRM figure Touchline falls short of, when the items not read may be the difference. */
export const COMPARISON_READ_IN_PART =
  'The page showed its timeline in part: the items Touchline did not read may be the difference.';

/** A rate's reason (contracts.md `data-reason`) when none of its denominator was read and part of the period was not. */
export const PART_NOT_READ = 'activities-not-read';

/**
 * The contact's view as the panel shows it when the page showed its timeline in part (the
 * adapter's `activities` notRead entries: filtered, folded, older items behind "Load more"). Every
 * figure that hangs on the oldest touch read says so, and, unless the newest touch is surely known
 * (newestTouchRead: only older items were not loaded, and none of them is newer than the last
 * touch), every one that hangs on the newest, as figures beside touches without a readable date
 * do (nextTouchView, undatedCaveat):
 * - lead response time is not known (metrics.md: not shown when unknown): the first response may
 *   be in the part not read;
 * - touches to the first reply and meeting: the panel says they are not known (`timelineReadInPart`):
 *   earlier touches, or an earlier reply, may be in the part not read;
 * - the next step keeps the date worked out from what was read, with a caveat beside it (steps
 *   are numbered from the oldest outbound touch read, and a newer touch moves the date), unless
 *   only older items were not loaded and a silence seen whole began a new run after them
 *   (settledAfter), with no touch of unknown date that may fall in it: a touch not read is older
 *   than that silence, and changes no step after it;
 * - gone cold gets a caveat: a newer touch may be in the part not read. Not gone cold needs none:
 *   a touch not read can only make the contact warmer; nor does gone cold when the newest touch
 *   is surely known;
 * - the vanity flag is not raised: "no reply, connect or meeting" is not known, since one may be
 *   in the part not read; when only older items were not loaded, it is kept if the page's feed
 *   was loaded back before its 30 days (loadedBefore): what was not loaded is older still;
 * - the gaps get a caveat: a touch not read may fall between two read, or before the oldest read
 *   (then each read touch is a later step, with other spacings); not when such a silence seen
 *   whole began before the period (a gap from a touch not read ends by it);
 * - the last touch gets the gone-cold caveat, unless the newest touch is surely known;
 * - the absences of the period ("no reply in period", a rate with no email or call read) are not
 *   known when the part not read may hold items of the period (periodMayBeUnread);
 * - a CRM figure Touchline falls short of names the part not read first: fewer touches always, a
 *   later CRM date unless the newest touch is surely known.
 * Counts over the period stay as read: the panel's notice says they may miss some.
 */
export function withTimelineReadInPart(view: ContactView, notRead: readonly NotRead[]): ContactView {
  if (view.timelineReadInPart) return view;
  const { cadence } = view;
  const newestRead = newestTouchRead(notRead, cadence.lastTouchBy);
  const periodReadInPart = periodMayBeUnread(view, notRead);
  // A touch without a readable date may fall in the silence, and then there was none.
  const settled = view.touches.undated ? undefined : settledAfter(cadence.silencesFrom, loadedBack(notRead));
  // A gap from a touch not read ends by the silence at the latest: before the period, none is the period's.
  const gapsSettled = settled !== undefined && settled < Date.parse(view.period.start);
  const gapsReason =
    cadence.gapsNotKnown || gapsSettled
      ? cadence.gapsReason
      : [cadence.gapsReason, GAPS_READ_IN_PART].filter(Boolean).join(' ');
  const nextDueReason =
    cadence.nextDue && settled === undefined
      ? [cadence.nextDueReason, NEXT_STEP_READ_IN_PART].filter(Boolean).join(' ')
      : cadence.nextDueReason;
  const goneColdReason = [cadence.goneColdReason, COLD_READ_IN_PART].filter(Boolean).join(' ');
  return {
    ...view,
    timelineReadInPart: true,
    ...(periodReadInPart ? { periodReadInPart: true } : {}),
    outcomes: {
      ...(periodReadInPart ? withRatesReadInPart(view.outcomes, notRead) : view.outcomes),
      leadResponseHours: null,
      vanity: view.outcomes.vanity && loadedBefore(notRead, bandStart(view)),
    },
    crmComparisons: view.crmComparisons.map((row) =>
      row.touchlineBehind && (row.label === TIMES_CONTACTED || !newestRead)
        ? { ...row, explanation: [COMPARISON_READ_IN_PART, row.explanation].filter(Boolean).join(' ') }
        : row,
    ),
    cadence: {
      ...cadence,
      ...(nextDueReason ? { nextDueReason } : {}),
      ...(gapsReason ? { gapsReason } : {}),
      ...(cadence.daysSinceLastTouch !== null && !newestRead ? { lastTouchCaveat: COLD_READ_IN_PART } : {}),
      ...(cadence.goneCold && !newestRead ? { goneColdReason } : {}),
    },
  };
}

/** A rate's or count's reason when what was read has none of its outcomes and part of the period was not read. */
export const OUTCOMES_NOT_READ = 'outcomes-not-read';

/**
 * The outcome figures when part of the period may not have been read: a rate none of whose
 * denominator was read is not "no outbound emails in period" but not known (its emails or calls
 * may be what was not read); nor is a rate or a count of meetings none of whose outcomes was read
 * a confident 0 (a folded reply, a filtered meeting). A rate over outcomes read stays, as the
 * counts of touches do.
 */
export function withRatesReadInPart<T extends OutcomeFigures>(outcomes: T, notRead: readonly NotRead[]): T {
  const replies = { ...outcomes, replyRate: rateReadInPart(outcomes.replyRate) };
  // A thread's folded messages are emails: no call's outcome, no meeting is among them.
  if (notRead.filter(isTimelineEntry).every((item) => item.part === 'emails')) return replies;
  return {
    ...replies,
    connectRate: rateReadInPart(outcomes.connectRate),
    ...(outcomes.meetingsHeld === 0 ? { meetingsHeldNotKnown: true } : {}),
  };
}

function rateReadInPart(rate: Rate): Rate {
  if (rate.denominator === 0) return { ...rate, value: null, reason: PART_NOT_READ };
  return rate.numerator === 0 ? { ...rate, value: null, reason: OUTCOMES_NOT_READ } : rate;
}

/**
 * Whether the items the page did not show may be of the record's period: any filter or fold may
 * hide items of any date; "Load more" (olderOnlyNotRead) only items older than those loaded, which
 * are before the period once the feed was loaded back before it (loadedBefore).
 */
export function periodMayBeUnread(view: RecordView, notRead: readonly NotRead[]): boolean {
  if (!notRead.some(isTimelineEntry)) return false;
  return !loadedBefore(notRead, Date.parse(view.period.start));
}

/**
 * Whether no item the page left unread is newer than the last touch Touchline knows (read now,
 * stored from an earlier reading or another page, or logged; `lastTouchBy`, by when it had surely
 * happened, so a touch dated only by day on the oldest day loaded is that day's): only older items
 * were not loaded, and the last touch is no older than the feed was loaded back to
 * (NotRead.olderThan). A last touch older than every item loaded may have a newer one in the
 * stretch not loaded.
 */
export function newestTouchRead(notRead: readonly NotRead[], lastTouchBy: string | undefined): boolean {
  return lastTouchWithinLoaded(loadedBack(notRead), lastTouchBy);
}

/**
 * newestTouchRead's comparison, given how far back the feed was loaded (loadedBack, or the bound
 * a stored record keeps from its newest reading: Contact.newestReadingLoadedBackTo): the last
 * touch, by when it had surely happened, is no older than every item loaded. Not known without
 * a bound or without a last touch.
 */
export function lastTouchWithinLoaded(back: number | undefined, lastTouchBy: string | undefined): boolean {
  return back !== undefined && lastTouchBy !== undefined && Date.parse(lastTouchBy) >= back;
}

/**
 * The start of the vanity flag's 30 days. The period's end is now, or before it (last quarter's),
 * so the 30 days counted back from it start no later than the flag's.
 */
function bandStart(view: RecordView): number {
  const { end, timeZone } = view.period;
  return resolvePeriod(BAND_PERIOD, new Date(end), timeZone).start.getTime();
}

/**
 * Whether only older items were not loaded and the page's feed was loaded back before `start`:
 * then whatever "Load more" left unloaded is before it too. Not the weekly trend: it covers only
 * the last 90 days, never a whole week before a 90-day or a quarter's period.
 */
function loadedBefore(notRead: readonly NotRead[], start: number): boolean {
  const back = loadedBack(notRead);
  return back !== undefined && back < start;
}

/**
 * How far back the page's feed was loaded when only older items were not (NotRead.olderThan):
 * every item not loaded is older. Unknown when the feed showed no dated item, or when anything
 * else was not read (a filter or fold may hide items of any date).
 */
export function loadedBack(notRead: readonly NotRead[]): number | undefined {
  if (!olderOnlyNotRead(notRead)) return undefined;
  let back: number | undefined;
  for (const item of notRead.filter(isTimelineEntry)) {
    if (!item.olderThan) return undefined;
    back = Math.max(back ?? Number.NEGATIVE_INFINITY, Date.parse(item.olderThan));
  }
  return back;
}

/** An `activities` notRead entry (adapters name it with or without `record.`). */
export function isTimelineEntry(item: NotRead): boolean {
  return item.field === 'activities' || item.field === 'record.activities';
}

/** The page's `activities` entries all say only older items were not loaded (the newest loaded is newer than them all). */
export function olderOnlyNotRead(notRead: readonly NotRead[]): boolean {
  const timeline = notRead.filter(isTimelineEntry);
  return timeline.length > 0 && timeline.every((item) => item.part === 'older');
}
