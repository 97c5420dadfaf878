import type { RecentTouch } from '../schema/view-model';
import type { Touch } from './touch';

export const RECENT_TOUCHES = 5;

/**
 * The latest 5 touches, newest first, whatever the period: automated ones included (the list
 * marks them). `touches` are oldest first. Undated touches cannot be placed and are not listed.
 */
export function recentTouches(touches: readonly Touch[]): RecentTouch[] {
  return touches
    .slice(-RECENT_TOUCHES)
    .reverse()
    .map(({ activity, at }) => ({
      key: activity.key,
      type: activity.type,
      title: activity.title,
      timestamp: at.toISOString(),
      direction: activity.direction,
      origin: activity.origin,
      automated: activity.automated,
    }));
}
