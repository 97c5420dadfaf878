import type { Activity } from '../schema/activity';
import type { TouchCopy } from './duplicate-rules';
import { byTimeThenKey } from './merge-duplicates';
import { hasTimeOfDay, shownDone, type Touch } from './touch';

/**
 * A dated copy with `datedAt`, the instant its page dated it (datedAt, lib/metrics/dated-at.ts),
 * before collectTouches held it back to now.
 */
export interface DatedCopy extends TouchCopy {
  datedAt: Date;
}

/** A day: how far ahead of when it was first seen done a day's printed start must be (seenDoneAhead). */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When Touchline first saw an item the CRM shows done (shownDone) as done: the row's `firstSeenAt`,
 * the reading that first stored it, or the one where a planned item first read as a touch
 * (lib/db/save-batch.ts becameTouch; an import sets it alike). It happened by then, whatever day
 * the CRM dates it by: a Pipedrive meeting dated Fri 27 ticked done on Fri 20, a Salesforce call
 * Task due Fri 27 completed early. Undefined for an item not shown done, or a row stored before
 * Touchline kept `firstSeenAt`.
 */
export function seenDoneAt(activity: Pick<Activity, 'planned' | 'firstSeenAt'>): Date | undefined {
  if (!shownDone(activity) || activity.firstSeenAt === undefined) return undefined;
  return new Date(activity.firstSeenAt);
}

/**
 * When Touchline first saw a copy done (seenDoneAt), if the page dates it ahead of that: one with
 * a time of day, by any time later; one dated by day alone, only by a day that starts more than a
 * day after it. A date-only day is printed in a zone Touchline may not know (the CRM's own, or the
 * browser's), and may begin hours before it does in the user's: a Salesforce Event "Nov 20" read
 * at 08:30 in Berlin (still Nov 19 in a Los Angeles setting) was not dated ahead when it was read,
 * and stays on the day printed (decisions.md: a date-only reading is its date as printed). A day
 * starting more than a day later is after the day it was first seen on in every zone.
 */
export function seenDoneAhead(copy: DatedCopy): number | undefined {
  const seen = seenDoneAt(copy.activity)?.getTime();
  if (seen === undefined || Number.isNaN(seen)) return undefined;
  const ahead = copy.datedAt.getTime() - seen;
  return ahead > (hasTimeOfDay(copy.activity) ? 0 : DAY_MS) ? seen : undefined;
}

/**
 * The merged touches, each at the earliest instant it is known to have happened by: its own `at`
 * (its date, never after now: collectTouches), or when Touchline first saw any of its copies done,
 * where the page dates that copy ahead of it (seenDoneAhead), if earlier. Without this a done item
 * dated ahead sits at each view's now, so on Wed 25 the meeting seen done on Fri 20 reads as
 * touched today and the cadence's next step is counted from today (metrics.md: "the next step is
 * due the planned spacing after the step actually done last"). A touch so moved happened by that
 * instant, so it carries no day's end. Done after merging, as the duplicate rules compare copies
 * by their dates: copies of one item first seen on different days are still one touch. Oldest
 * first.
 */
export function atWhenSeenDone(touches: readonly Touch[], copies: readonly DatedCopy[]): Touch[] {
  const seen = new Map<string, number>();
  for (const copy of copies) {
    const at = seenDoneAhead(copy);
    const key = copy.activity.key;
    if (at !== undefined) seen.set(key, Math.min(at, seen.get(key) ?? at));
  }
  if (seen.size === 0) return [...touches];
  let moved = false;
  const placed = touches.map((touch) => {
    const earliest = Math.min(...touch.copies.map((key) => seen.get(key) ?? Number.POSITIVE_INFINITY));
    if (!(earliest < touch.at.getTime())) return touch;
    moved = true;
    const { dayEnd: _end, ...rest } = touch;
    return { ...rest, at: new Date(earliest) };
  });
  return moved ? placed.sort(byTimeThenKey) : placed;
}
