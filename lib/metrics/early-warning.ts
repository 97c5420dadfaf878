import type { Touch } from './touch';
import { countsInHeadline } from './touch-counts';
import { activeContactTouches } from './touches-per-contact';
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
 * days). Exactly 70 % is not below. As every team figure (metrics.md), each window counts only
 * its active contacts' touches: replies from contacts nobody wrote to that week do not hide a
 * rep who stopped reaching out. With no touches in the trailing weeks there is nothing to drop
 * from: no warning. Pass one rep's touches for the rep, everyone's for the team.
 */
export function earlyWarning(touches: readonly Touch[], now: Date, countAutomated: boolean): EarlyWarning {
  const end = now.getTime();
  const weekStart = end - 7 * DAY_MS;
  const trailingStart = end - EARLY_WARNING_DAYS * DAY_MS;
  const lastWeek: Touch[] = [];
  const trailing: Touch[] = [];
  for (const touch of touches) {
    const at = touch.at.getTime();
    if (at >= weekStart && at <= end) lastWeek.push(touch);
    else if (at >= trailingStart && at < weekStart) trailing.push(touch);
  }
  const counted = (window: Touch[]) =>
    activeContactTouches(window, countAutomated).filter((t) => countsInHeadline(t, countAutomated)).length;
  const weeklyAverage = counted(trailing) / 4;
  const thisWeek = counted(lastWeek);
  return {
    warning: weeklyAverage > 0 && thisWeek < EARLY_WARNING_SHARE * weeklyAverage,
    lastWeek: thisWeek,
    weeklyAverage,
  };
}
