import { type Activity, channelOf } from '../schema/activity';
import type { TouchCopy } from './duplicate-rules';
import { mergeDuplicates } from './merge-duplicates';
import { isTouch, type Touch, type TouchChannel } from './touch';

export interface CollectedTouches {
  /** Dated touches, duplicates merged, oldest first. */
  touches: Touch[];
  /** Touches whose date the page did not give: real contacts that no period can hold. */
  undated: number;
  /** Of the undated touches, those a sequence sent (left out with the other automated touches when the user says so). */
  undatedAutomated: number;
}

export interface CollectOptions {
  now: Date;
  timeZone: string;
  /** The record being viewed (see sameRecord). */
  scopeKey?: string;
  /** Count completed tasks as touches (settings; default off). */
  countCompletedTasks?: boolean;
}

/**
 * The touches every metric starts from: non-touches dropped (see isTouch), duplicates merged.
 * An activity without a timestamp cannot be placed in a period, a cadence or a week, so it is
 * left out of every time-based number and only counted in `undated` (after dropping copies that
 * share a source id with another copy) so the panel can say how many touches it could not date.
 */
export function collectTouches(activities: readonly Activity[], options: CollectOptions): CollectedTouches {
  const dated: TouchCopy[] = [];
  const undated: Activity[] = [];
  for (const activity of activities) {
    if (!isTouch(activity, options)) continue;
    const channel: TouchChannel = channelOf(activity.type) ?? 'task';
    if (activity.timestamp) dated.push({ activity, channel, at: new Date(activity.timestamp) });
    else undated.push(activity);
  }
  const touches = mergeDuplicates(dated, options);
  const undatedOnce = uniqueUndated(undated, touches);
  return {
    touches,
    undated: undatedOnce.length,
    undatedAutomated: undatedOnce.filter((a) => a.automated).length,
  };
}

function uniqueUndated(undated: readonly Activity[], touches: readonly Touch[]): Activity[] {
  const datedSources = new Set(touches.map((t) => t.activity.sourceId).filter(Boolean));
  const seen = new Set<string>();
  const unique: Activity[] = [];
  for (const activity of undated) {
    const id = activity.sourceId ?? `key:${activity.key}`;
    if (datedSources.has(activity.sourceId) || seen.has(id)) continue;
    seen.add(id);
    unique.push(activity);
  }
  return unique;
}

/**
 * Activities Touchline has for a record, any type (coverage): each stored row once; a touch
 * logged in Touchline that was already merged into a page activity (`mergedInto`) is the same
 * activity and is not counted again.
 */
export function countActivitiesRead(activities: readonly Activity[]): number {
  return new Set(activities.filter((a) => !a.mergedInto).map((a) => a.key)).size;
}
