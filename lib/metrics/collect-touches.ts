import { type Activity, channelOf } from '../schema/activity';
import { datedAt } from './dated-at';
import type { TouchCopy } from './duplicate-rules';
import { mergeDuplicates, mergedActivity } from './merge-duplicates';
import { undatedReadReceipts, withReadReceipts } from './read-receipts';
import { atWhenSeenDone, type DatedCopy } from './seen-done';
import { isTouch, type Touch, type TouchChannel, wasNotHeld } from './touch';
import { undatedOnceAcrossPages } from './undated-page-copies';

export interface CollectedTouches {
  /** Dated touches, duplicates merged, oldest first. */
  touches: Touch[];
  /** Touches whose date the page did not give: real contacts that no period can hold. */
  undated: number;
  /** Of the undated touches, those a sequence sent (left out with the other automated touches when the user says so). */
  undatedAutomated: number;
  /** The undated touches themselves, once each: what an outcome may hide (an undated reply). */
  undatedTouches: Activity[];
  /**
   * Keys of the rows the duplicate rules merged into another row's touch (a deal page's copy of a
   * contact's email, stored apart without a CRM id), not-held meetings' copies included: the same
   * activity as the one they joined (countActivitiesRead).
   */
  mergedCopies: string[];
}

export interface CollectOptions {
  now: Date;
  timeZone: string;
  /** The record being viewed (see sameRecord). */
  scopeKey?: string;
  /** Count completed tasks as touches (settings; default off). */
  countCompletedTasks?: boolean;
  /** The zone pages were read in (the browser's), when it is not `timeZone`: see atPrintedDay. */
  pageTimeZone?: string;
}

/**
 * The touches every metric starts from: non-touches dropped (see isTouch), duplicates merged.
 * A dated copy whose outcome says it was not held (a cancelled meeting) joins the merge and takes
 * its copies with it: metrics.md merges duplicates before any count, keeping the known outcome, so
 * a copy on another page that does not show the outcome is the same cancelled meeting.
 * An activity without a timestamp cannot be placed in a period, a cadence or a week, so it is
 * left out of every time-based number and only counted in `undated` (copies of one touch once:
 * uniqueUndated) so the panel can say how many touches it could not date.
 */
export function collectTouches(activities: readonly Activity[], options: CollectOptions): CollectedTouches {
  const dated: DatedCopy[] = [];
  const undated: Activity[] = [];
  for (const activity of activities) {
    const when = activity.timestamp ? touchAt(activity, activity.timestamp, options) : undefined;
    const at = when?.at;
    const notHeldCopy =
      at !== undefined && wasNotHeld(activity) && isTouch({ ...activity, outcome: 'unknown' }, options, at);
    if (!notHeldCopy && !isTouch(activity, options, at)) continue;
    const channel: TouchChannel = channelOf(activity.type) ?? 'task';
    if (when) dated.push({ activity, channel, ...when });
    else undated.push(activity);
  }
  const merged = atWhenSeenDone(mergeDuplicates(withReadReceipts(dated), options), dated);
  const touches = merged.filter((touch) => !wasNotHeld(touch.activity));
  const undatedOnce = uniqueUndated(undatedReadReceipts(undated, dated), dated, options.scopeKey);
  const undatedKept = new Set(undatedOnce.map((a) => a.key));
  return {
    touches,
    undated: undatedOnce.length,
    undatedAutomated: undatedOnce.filter((a) => a.automated).length,
    undatedTouches: undatedOnce,
    mergedCopies: [
      ...merged.flatMap((touch) => touch.copies.slice(1)),
      ...undated.filter((a) => !undatedKept.has(a.key)).map((a) => a.key),
    ],
  };
}

/**
 * A touch's instant, never after now: a touch happened by now. A day the page printed may not have
 * begun yet in the user's zone (a rep in Berlin reads "Nov 20" at 08:30 while it is still Nov 19 in
 * the setting's zone), and the CRM may date an item it shows done by a due day still ahead
 * (shownDone): once merged, such a touch moves back to when Touchline first saw it done
 * (atWhenSeenDone, which compares that with `datedAt`, the date as the page gave it), and stays at
 * now only for a row stored before Touchline kept that. One dated without a time of day is on the
 * day the page printed and also gets that day's last instant in the user's zone (`dayEnd`, see
 * datedAt). An item dated after now and not shown done is no touch (isTouch), wherever it is
 * placed here.
 */
function touchAt(
  activity: Activity,
  timestamp: string,
  options: CollectOptions,
): { at: Date; dayEnd?: Date; datedAt: Date } {
  const placed = datedAt(activity, timestamp, options);
  const at = placed.at.getTime() > options.now.getTime() ? options.now : placed.at;
  return { ...placed, at, datedAt: placed.at };
}

/**
 * Undated touches once each: a copy sharing a source id with any dated copy is that dated touch
 * (with any copy of a merged double capture, not only the one whose fields won), undated copies
 * sharing a source id are one touch with the most informative fields of its copies (mergedActivity:
 * automated if any of them is, metrics.md; every contact named, a deal page's copy naming none
 * beside a contact page's), whichever came first, and copies without one are merged across the
 * pages that showed them (undatedOnceAcrossPages).
 */
function uniqueUndated(undated: readonly Activity[], dated: readonly TouchCopy[], scopeKey?: string): Activity[] {
  const datedSources = new Set(dated.map((c) => c.activity.sourceId).filter(Boolean));
  const byId = new Map<string, Activity[]>();
  const withoutId: Activity[] = [];
  for (const activity of undated) {
    if (!activity.sourceId) withoutId.push(activity);
    else if (!datedSources.has(activity.sourceId))
      byId.set(activity.sourceId, [...(byId.get(activity.sourceId) ?? []), activity]);
  }
  // In key order, so the fields kept are the same whichever page was read first.
  const once = [...byId.values()].map((copies) => mergedActivity([...copies].sort(byKey)));
  return [...once, ...undatedOnceAcrossPages(withoutId, scopeKey)];
}

/**
 * Activities Touchline has for a record, any type (coverage): each stored row once; a touch
 * logged in Touchline that was already merged into a page activity (`mergedInto`) is the same
 * activity and is not counted again, and nor is a row the duplicate rules merged into another's
 * touch (`collected.mergedCopies`): metrics.md merges duplicates before any count, so a deal
 * page's copies of a contact's emails are no more of the contact's activities than of its touches.
 */
export function countActivitiesRead(
  activities: readonly Activity[],
  collected: Pick<CollectedTouches, 'mergedCopies'>,
): number {
  const copies = new Set(collected.mergedCopies);
  return new Set(activities.filter((a) => !a.mergedInto && !copies.has(a.key)).map((a) => a.key)).size;
}

function byKey(a: Activity, b: Activity): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
