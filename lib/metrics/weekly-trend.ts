import type { ContactView } from '../schema/view-model';
import type { Touch } from './touch';
import { countsInHeadline, emptyByChannel } from './touch-counts';
import { DAY_MS, dayNumber, dayString, mondayOf } from './zoned-days';

export const TREND_DAYS = 90;

export type TrendWeek = ContactView['weekly'][number];

/**
 * Headline touches per week by channel over the 90 × 24 hours ending now, weeks starting Monday
 * in the user's zone. Every week from the one containing the window's start to the current week
 * is listed, empty weeks included; the first and current weeks are partial. A completed task
 * counted as a touch (a setting) has no channel: it is under `task`, so a week counts every touch
 * the totals and the team page's weekly chart count. The window starts no earlier than `keptFrom`
 * (the retention cutoff): weeks Touchline keeps nothing of are not shown as empty.
 */
export function weeklyTrend(
  touches: readonly Touch[],
  now: Date,
  timeZone: string,
  countAutomated: boolean,
  keptFrom?: Date,
): TrendWeek[] {
  const start = Math.max(now.getTime() - TREND_DAYS * DAY_MS, keptFrom?.getTime() ?? 0);
  const firstMonday = mondayOf(dayNumber(new Date(start), timeZone));
  const weeks: TrendWeek[] = [];
  for (let monday = firstMonday; monday <= dayNumber(now, timeZone); monday += 7) {
    weeks.push({ weekStart: dayString(monday), byChannel: emptyByChannel() });
  }
  for (const touch of touches) {
    const at = touch.at.getTime();
    if (at < start || at > now.getTime() || !countsInHeadline(touch, countAutomated)) continue;
    const week = weeks[(mondayOf(dayNumber(touch.at, timeZone)) - firstMonday) / 7];
    if (!week) continue;
    if (touch.channel === 'task') week.byChannel.task = (week.byChannel.task ?? 0) + 1;
    else week.byChannel[touch.channel]++;
  }
  return weeks;
}
