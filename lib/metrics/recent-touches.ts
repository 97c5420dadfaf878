import type { RecentTouch } from '../schema/view-model';
import { inReplyOrder } from './reply-order';
import type { Touch } from './touch';

export const RECENT_TOUCHES = 5;

/**
 * The latest 5 touches, newest first, whatever the period: automated ones included (the list
 * marks them). `touches` are oldest first; a reply shown with only a date is listed after that
 * day's touches with a time, as it answers them (inReplyOrder). Undated touches cannot be placed
 * and are not listed.
 */
export function recentTouches(touches: readonly Touch[]): RecentTouch[] {
  return inReplyOrder(touches)
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
