import { type Channel, TOUCH_TYPES } from '../schema/activity';
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

/**
 * Touch counts for touches already limited to a period. `total`, `byChannel` and `inbound`
 * follow the headline rule (so the channels always add up to the total); `automated` and
 * `manual` always count every touch, whatever the setting.
 */
export function countTouches(touches: readonly Touch[], countAutomated: boolean): TouchCounts {
  const byChannel = emptyByChannel();
  let automated = 0;
  let inbound = 0;
  for (const touch of touches) {
    if (touch.activity.automated) automated++;
    if (!countsInHeadline(touch, countAutomated)) continue;
    byChannel[touch.channel]++;
    if (touch.activity.direction === 'inbound') inbound++;
  }
  const total = TOUCH_TYPES.reduce((sum, channel) => sum + byChannel[channel], 0);
  return { total, byChannel, automated, manual: touches.length - automated, inbound };
}
