import type { Touch } from './touch';
import { countsInHeadline } from './touch-counts';
import { DAY_MS } from './zoned-days';

export const EARLY_WARNING_SHARE = 0.7;
/** How far back the warning looks: the last 7 days and the 4 weeks before them. */
export const EARLY_WARNING_DAYS = 7 + 28;

export interface EarlyWarning {
  warning: boolean;
  lastWeek: number;
  /** Touches per week over the four weeks before the last 7 days. */
  weeklyAverage: number;
}

/**
 * Touches in the last 7 days (7 × 24 hours ending now, start inclusive) below 70 % of the
 * weekly average over the 4 weeks before them (28 × 24 hours, not overlapping the last 7
 * days). Exactly 70 % is not below. With no touches in the trailing weeks there is nothing to
 * drop from: no warning. Pass one rep's touches for the rep, everyone's for the team.
 */
export function earlyWarning(touches: readonly Touch[], now: Date, countAutomated: boolean): EarlyWarning {
  const end = now.getTime();
  const weekStart = end - 7 * DAY_MS;
  const trailingStart = end - EARLY_WARNING_DAYS * DAY_MS;
  let lastWeek = 0;
  let trailing = 0;
  for (const touch of touches) {
    if (!countsInHeadline(touch, countAutomated)) continue;
    const at = touch.at.getTime();
    if (at >= weekStart && at <= end) lastWeek++;
    else if (at >= trailingStart && at < weekStart) trailing++;
  }
  const weeklyAverage = trailing / 4;
  return { warning: weeklyAverage > 0 && lastWeek < EARLY_WARNING_SHARE * weeklyAverage, lastWeek, weeklyAverage };
}
