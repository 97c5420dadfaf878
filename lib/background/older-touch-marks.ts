import { wasNotHeld } from '../metrics/touch';
import { DAY_MS } from '../metrics/zoned-days';
import { channelOf } from '../schema/activity';
import type { ReadOk } from '../schema/read-result';
import type { Settings } from '../schema/settings';

type Reading = ReadOk['activities'][number];

/** What the page's activities older than retention say of the figures that reach back to the first touch. */
export interface OlderTouchMarks {
  /** An outbound touch among them: the lead response time is not known (it may have come first). */
  outboundTouch?: true;
  /** One comes after the latest reply among them: touches to the first reply kept may be fewer than there were. */
  beforeReply?: true;
  /** One comes after the latest held meeting among them: the same for touches to the first meeting. */
  beforeMeeting?: true;
}

/**
 * Whether a page activity is a touch as the metrics count it: held, automated ones and completed
 * tasks only where the settings count them (metrics.md: "left out of every touch figure"), a task
 * only against a contact (a deal page's task naming nobody reached no one: metrics/touch.ts).
 */
export function countsAsTouch(
  a: Reading,
  settings: Partial<Pick<Settings, 'countAutomated' | 'countCompletedTasks'>>,
  onDeal = false,
): boolean {
  const countedTask = a.type === 'task' && settings.countCompletedTasks === true && (!onDeal || !!a.contactIds?.length);
  return (
    (channelOf(a.type) !== undefined || countedTask) &&
    !a.planned &&
    !wasNotHeld(a) &&
    (settings.countAutomated !== false || !a.automated)
  );
}

/**
 * Marks for the page's activities older than what Touchline keeps (`older`, all dated), counted as
 * the metrics count touches: held, the rep's, automated ones and completed tasks only where the
 * settings count them. An older reply (or held meeting) after every older outbound touch bounds
 * the first count: the touches before it are no touches before the first one counted.
 */
export function olderTouchMarks(
  older: readonly Reading[],
  settings: Partial<Pick<Settings, 'countAutomated' | 'countCompletedTasks'>>,
): OlderTouchMarks {
  // As the count orders them (reply-order.ts): a reply dated by its day alone, stored at that day's
  // start, follows the day's touches with a time (the "Re:" of 12 Aug answers the email of 12 Aug 10:00).
  const at = (a: Reading) =>
    Date.parse(a.timestamp as string) + (a.direction === 'inbound' && a.timePrecision === 'day' ? DAY_MS - 1 : 0);
  const counted = (a: Reading) => countsAsTouch(a, settings);
  const outbound = older.filter((a) => counted(a) && a.direction !== 'inbound');
  const latest = (outcome: (a: Reading) => boolean) =>
    Math.max(Number.NEGATIVE_INFINITY, ...older.filter((a) => counted(a) && outcome(a)).map(at));
  const lastReply = latest((a) => a.direction === 'inbound' && !a.automated);
  const lastMeeting = latest((a) => a.type === 'meeting');
  return {
    ...(outbound.length > 0 ? { outboundTouch: true as const } : {}),
    ...(outbound.some((a) => at(a) > lastReply) ? { beforeReply: true as const } : {}),
    ...(outbound.some((a) => at(a) > lastMeeting) ? { beforeMeeting: true as const } : {}),
  };
}
