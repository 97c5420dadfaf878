import type { Activity } from '../schema/activity';
import type { TouchCopy } from './duplicate-rules';
import { byTimeThenKey } from './merge-duplicates';
import { shownDone, type Touch } from './touch';

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
 * The merged touches, each at the earliest instant it is known to have happened by: its own `at`
 * (its date, never after now: collectTouches), or when Touchline first saw any of its copies done
 * (seenDoneAt), if earlier. Without this a done item dated ahead sits at each view's now, so on
 * Wed 25 the meeting seen done on Fri 20 reads as touched today and the cadence's next step is
 * counted from today (metrics.md: "the next step is due the planned spacing after the step
 * actually done last"). A touch so moved happened by that instant, so it carries no day's end.
 * Done after merging, as the duplicate rules compare copies by their dates: copies of one item
 * first seen on different days are still one touch. Oldest first.
 */
export function atWhenSeenDone(touches: readonly Touch[], copies: readonly TouchCopy[]): Touch[] {
  const seen = new Map<string, number>();
  for (const { activity } of copies) {
    const at = seenDoneAt(activity)?.getTime();
    if (at !== undefined && !Number.isNaN(at)) seen.set(activity.key, Math.min(at, seen.get(activity.key) ?? at));
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
