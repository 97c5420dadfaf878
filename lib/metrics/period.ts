import type { Period } from '../schema/settings';
import type { Touch } from './touch';
import { DAY_MS, dayFromParts, dayNumber, formatDate, startOfDay, yearMonthOf } from './zoned-days';

export interface ResolvedPeriod {
  label: string;
  start: Date;
  end: Date;
  /** Length in days of the part of the period up to now: decides whether a benchmark band is shown. */
  spanDays: number;
}

/**
 * The window every number is computed for; both ends inclusive, so a touch logged at `now`
 * counts at once and a touch exactly N × 24 hours old is still in "last N days".
 * - last N days: the N × 24 hours ending now (not calendar days, so a DST change does not stretch it);
 * - quarter: from midnight of the quarter's first day in the user's zone to now (quarter to date:
 *   the rest of the quarter holds no touches yet);
 * - custom: the stored start and end instants.
 */
export function resolvePeriod(period: Period, now: Date, timeZone: string): ResolvedPeriod {
  const resolved = bounds(period, now, timeZone);
  const elapsedEnd = Math.min(resolved.end.getTime(), now.getTime());
  return { ...resolved, spanDays: Math.max(0, (elapsedEnd - resolved.start.getTime()) / DAY_MS) };
}

function bounds(period: Period, now: Date, timeZone: string): Omit<ResolvedPeriod, 'spanDays'> {
  switch (period.kind) {
    case 'last-days':
      return {
        label: period.days === 1 ? 'last 24 hours' : `last ${period.days} days`,
        start: new Date(now.getTime() - period.days * DAY_MS),
        end: now,
      };
    case 'quarter': {
      const { year, month } = yearMonthOf(dayNumber(now, timeZone));
      const quarter = Math.floor((month - 1) / 3);
      return {
        label: `this quarter (Q${quarter + 1} ${year})`,
        start: startOfDay(dayFromParts(year, quarter * 3 + 1, 1), timeZone),
        end: now,
      };
    }
    case 'custom': {
      const start = new Date(period.start);
      const end = new Date(period.end);
      return { label: `${formatDate(start, timeZone)} – ${formatDate(end, timeZone)}`, start, end };
    }
  }
}

export function isInPeriod(instant: Date, period: Pick<ResolvedPeriod, 'start' | 'end'>): boolean {
  const t = instant.getTime();
  return t >= period.start.getTime() && t <= period.end.getTime();
}

export function touchesIn(touches: readonly Touch[], period: Pick<ResolvedPeriod, 'start' | 'end'>): Touch[] {
  return touches.filter((t) => isInPeriod(t.at, period));
}
