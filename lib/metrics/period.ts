import type { PeriodChoice } from '../settings/period-choice';
import type { Touch } from './touch';
import { DAY_MS, dayFromParts, dayNumber, startOfDay, yearMonthOf } from './zoned-days';

export interface ResolvedPeriod {
  choice: PeriodChoice;
  label: string;
  start: Date;
  end: Date;
  /** Length in days of the part of the period up to now: decides whether a benchmark band is shown. */
  spanDays: number;
}

const FIXED_DAYS: Partial<Record<PeriodChoice, number>> = { '7d': 7, '14d': 14, '30d': 30, '90d': 90 };

/**
 * The window every number is computed for; both ends inclusive, so a touch logged at `now`
 * counts at once and a touch exactly N × 24 hours old is still in "last N days".
 * - `Nd`: the N × 24 hours ending now (not calendar days, so a DST change does not stretch it);
 * - this quarter: from midnight of the quarter's first day in the user's zone to now (quarter to
 *   date: the rest of the quarter holds no touches yet);
 * - last quarter: the whole quarter before, from midnight of its first day to the last
 *   millisecond before this quarter's first midnight, in the user's zone.
 */
export function resolvePeriod(choice: PeriodChoice, now: Date, timeZone: string): ResolvedPeriod {
  const resolved = bounds(choice, now, timeZone);
  const elapsedEnd = Math.min(resolved.end.getTime(), now.getTime());
  return { choice, ...resolved, spanDays: Math.max(0, (elapsedEnd - resolved.start.getTime()) / DAY_MS) };
}

function bounds(choice: PeriodChoice, now: Date, timeZone: string): Pick<ResolvedPeriod, 'label' | 'start' | 'end'> {
  const days = FIXED_DAYS[choice];
  if (days !== undefined)
    return { label: `last ${days} days`, start: new Date(now.getTime() - days * DAY_MS), end: now };
  const { year, month } = yearMonthOf(dayNumber(now, timeZone));
  const quarter = Math.floor((month - 1) / 3);
  const thisStart = startOfDay(dayFromParts(year, quarter * 3 + 1, 1), timeZone);
  if (choice === 'this-quarter')
    return { label: `this quarter (${quarterName(year, quarter)})`, start: thisStart, end: now };
  const lastYear = quarter === 0 ? year - 1 : year;
  const last = (quarter + 3) % 4;
  return {
    label: `last quarter (${quarterName(lastYear, last)})`,
    start: startOfDay(dayFromParts(lastYear, last * 3 + 1, 1), timeZone),
    end: new Date(thisStart.getTime() - 1),
  };
}

function quarterName(year: number, quarter: number): string {
  return `Q${quarter + 1} ${year}`;
}

/**
 * The period as the view model carries it, with `keptFrom` when it starts before the retention
 * cutoff `kept`: its counts then start there. A record's view counts what its page gave under
 * today's setting, so a raised retention's gap (settings.prunedBefore) is the team page's concern.
 */
export function periodView(
  period: ResolvedPeriod,
  kept: Date,
  timeZone: string,
): { label: string; start: string; end: string; choice: PeriodChoice; keptFrom?: string; timeZone: string } {
  return {
    label: period.label,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    choice: period.choice,
    ...(period.start.getTime() < kept.getTime() ? { keptFrom: kept.toISOString() } : {}),
    timeZone,
  };
}

export function isInPeriod(instant: Date, period: Pick<ResolvedPeriod, 'start' | 'end'>): boolean {
  const t = instant.getTime();
  return t >= period.start.getTime() && t <= period.end.getTime();
}

export function touchesIn(touches: readonly Touch[], period: Pick<ResolvedPeriod, 'start' | 'end'>): Touch[] {
  return touches.filter((t) => isInPeriod(t.at, period));
}
