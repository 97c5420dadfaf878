import type { Touch } from './touch';
import { countedActiveTouches } from './touches-per-contact';
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
 * weekly average over the 4 weeks before them (four 7 × 24-hour weeks, not overlapping the last
 * 7 days). Exactly 70 % is not below. As every team figure (metrics.md), each week counts only
 * its own active contacts' touches, the last one and each of the four alike: replies from
 * contacts nobody wrote to that week do not hide a rep who stopped reaching out, and a steady rep
 * whose contacts answer a week later scores the same every week. With no touches in the trailing
 * weeks there is nothing to drop from: no warning. Pass one rep's touches for the rep, everyone's
 * for the team.
 */
export function earlyWarning(touches: readonly Touch[], now: Date, countAutomated: boolean): EarlyWarning {
  const end = now.getTime();
  // weeks[0] is the last 7 days, weeks[1..4] the four before, each [start, end of the one after).
  const weeks: Touch[][] = [[], [], [], [], []];
  for (const touch of touches) {
    const ago = end - touch.at.getTime();
    if (ago < 0) continue;
    // A touch exactly 7 × 24 hours old is in the last 7 days (start inclusive), and so on back.
    const week = Math.max(0, Math.ceil(ago / (7 * DAY_MS)) - 1);
    if (week < weeks.length) (weeks[week] as Touch[]).push(touch);
  }
  const [lastWeek, ...before] = weeks.map((week) => countedActiveTouches(week, countAutomated).length) as [
    number,
    ...number[],
  ];
  const weeklyAverage = before.reduce((sum, n) => sum + n, 0) / 4;
  return { warning: weeklyAverage > 0 && lastWeek < EARLY_WARNING_SHARE * weeklyAverage, lastWeek, weeklyAverage };
}

/**
 * Whole days (of 24 hours) since the first touch the warning counts, when it is less than the
 * warning's look-back ago: the 4 weeks before the last 7 days then lie partly before the rep began
 * (or came back), and averaging those days as weeks of no work would hide a drop. No verdict is
 * given then; undefined when the touches cover the whole look-back (or none counts).
 */
export function earlyWarningShortHistory(
  touches: readonly Touch[],
  now: Date,
  countAutomated: boolean,
): number | undefined {
  const end = now.getTime();
  let first: number | undefined;
  for (const touch of countedActiveTouches(touches, countAutomated)) {
    const at = touch.at.getTime();
    if (at <= end && (first === undefined || at < first)) first = at;
  }
  if (first === undefined) return undefined;
  const ago = end - first;
  return ago < EARLY_WARNING_DAYS * DAY_MS ? Math.floor(ago / DAY_MS) : undefined;
}
