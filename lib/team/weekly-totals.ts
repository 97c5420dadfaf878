import type { Touch } from '../metrics/touch';
import { countedActiveTouches } from '../metrics/touches-per-contact';
import { DAY_MS, dayNumber, dayString, mondayOf, startOfDay } from '../metrics/zoned-days';
import { CHART_WEEKS } from './periods';

export interface WeekTotal {
  weekStart: string;
  touches: number;
}

/**
 * Headline touches per week over the last 12 weeks (Monday starts in the user's zone, the current
 * week partial; up to now; completed tasks too when the setting counts them), each week counting
 * only its active contacts' touches as every team figure does (metrics.md), so a week's bar and a
 * 7-day Touches column count alike. The week starts are found once and each touch is placed by comparing instants, so
 * a rep with 80,000 touches costs no date formatting per touch.
 */
export function weeklyTotals(
  touches: readonly Touch[],
  now: Date,
  timeZone: string,
  countAutomated: boolean,
): WeekTotal[] {
  const thisMonday = mondayOf(dayNumber(now, timeZone));
  const mondays = Array.from({ length: CHART_WEEKS }, (_, i) => thisMonday - (CHART_WEEKS - 1 - i) * 7);
  const starts = mondays.map((day) => startOfDay(day, timeZone).getTime());
  const weeks: Touch[][] = mondays.map(() => []);
  const first = starts[0] as number;
  const end = now.getTime();
  for (const touch of touches) {
    const at = touch.at.getTime();
    if (at < first || at > end) continue;
    let week = Math.min(CHART_WEEKS - 1, Math.floor((at - first) / (7 * DAY_MS)));
    while (week > 0 && at < (starts[week] as number)) week--;
    while (week < CHART_WEEKS - 1 && at >= (starts[week + 1] as number)) week++;
    (weeks[week] as Touch[]).push(touch);
  }
  return mondays.map((day, i) => ({
    weekStart: dayString(day),
    touches: countedActiveTouches(weeks[i] as Touch[], countAutomated).length,
  }));
}

/**
 * The weeks Touchline holds anything of: from the week `keptFrom` (what retention keeps) falls in,
 * partial, as the panel's weekly trend starts. A week wholly before it is unknown, not 0 touches:
 * drawn as 0, every rep would rise from nothing.
 */
export function weeksHeld(weeks: readonly WeekTotal[], keptFrom: Date, timeZone: string): WeekTotal[] {
  const first = dayString(mondayOf(dayNumber(keptFrom, timeZone)));
  return weeks.filter((week) => week.weekStart >= first);
}
