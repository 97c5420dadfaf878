import type { Channel } from '../schema/activity';
import type { TouchCounts } from '../schema/view-model';
import type { Touch } from './touch';

export function emptyByChannel(): Record<Channel, number> {
  return { call: 0, email: 0, meeting: 0, social: 0, sms: 0 };
}

/**
 * Whether a touch is in the headline number: automated (sequence) touches are unless the user
 * turned `countAutomated` off. The manual/automated split is reported either way.
 */
export function countsInHeadline(touch: Touch, countAutomated: boolean): boolean {
  return countAutomated || !touch.activity.automated;
}

/** The touches every figure counts: all, or without automated ones when the user leaves them out (metrics.md). */
export function headlineTouches(touches: readonly Touch[], countAutomated: boolean): Touch[] {
  return countAutomated ? [...touches] : touches.filter((t) => !t.activity.automated);
}

/**
 * Touch counts for touches already limited to a period. `total`, `byChannel`, `tasks` and
 * `inbound` follow the headline rule; `automated` and `manual` always count every touch, whatever
 * the setting, so automated touches left out can be shown apart ("3 automated, not counted").
 * A completed task counted as a touch is in `total` and `tasks`, in no channel.
 */
export function countTouches(touches: readonly Touch[], countAutomated: boolean): TouchCounts {
  const byChannel = emptyByChannel();
  let automated = 0;
  let inbound = 0;
  let tasks = 0;
  let total = 0;
  for (const touch of touches) {
    if (touch.activity.automated) automated++;
    if (!countsInHeadline(touch, countAutomated)) continue;
    total++;
    if (touch.channel === 'task') tasks++;
    else byChannel[touch.channel]++;
    if (touch.activity.direction === 'inbound') inbound++;
  }
  return {
    total,
    byChannel,
    automated,
    manual: touches.length - automated,
    inbound,
    automatedCounted: countAutomated,
    ...(tasks > 0 ? { tasks } : {}),
  };
}
