import { resolvePeriod } from '../metrics/period';
import { DAY_MS } from '../metrics/zoned-days';
import type { Activity } from '../schema/activity';
import type { PeriodChoice } from '../settings/period-choice';

export interface Window {
  label: string;
  start: Date;
  end: Date;
}

export interface TeamPeriods {
  current: Window;
  /** The period before it, of equal length, ending where the current one starts (decisions.md). */
  previous: Window;
  /** Everything the page reads: both periods, the early warning's 5 weeks and the charts' 12 weeks. */
  read: Window;
  /**
   * The latest time a stored row of the read window is dated at: after now, since a CRM may date an
   * item it shows done by a due day still ahead (Salesforce's closed Task), which happened and
   * counts at now (metrics/touch.ts shownDone), as on the contact's panel. Other rows dated after
   * now are planned, and no touches.
   */
  rowsUntil: Date;
  /** The zone the periods' days are counted in (the time-zone setting), for showing their dates. */
  timeZone: string;
}

/** Weeks the per-rep chart shows, and the early warning's look-back (the last week and the 4 before it). */
export const CHART_WEEKS = 12;
const WARNING_DAYS = 35;
/** How far ahead a due day a done item is dated by may be: a year covers any task's due date in practice. */
const DONE_AHEAD_DAYS = 366;

/**
 * The chosen period as the panel resolves it, and the one before it: the same length, ending the
 * instant the current one starts (a quarter to date is compared with as many days before it).
 */
export function teamPeriods(choice: PeriodChoice, now: Date, timeZone: string): TeamPeriods {
  const current = resolvePeriod(choice, now, timeZone);
  const length = current.end.getTime() - current.start.getTime();
  const previousEnd = new Date(current.start.getTime() - 1);
  const previous = {
    label: `the ${Math.round(length / DAY_MS)} days before`,
    start: new Date(previousEnd.getTime() - length),
    end: previousEnd,
  };
  const earliest = Math.min(
    previous.start.getTime(),
    now.getTime() - WARNING_DAYS * DAY_MS,
    now.getTime() - (CHART_WEEKS + 1) * 7 * DAY_MS,
  );
  return {
    current: { label: current.label, start: current.start, end: current.end },
    previous,
    read: { label: 'read', start: new Date(earliest), end: now },
    rowsUntil: new Date(now.getTime() + DONE_AHEAD_DAYS * DAY_MS),
    timeZone,
  };
}

/** How many whole weeks the read window spans, as the page says it. */
export function weeksRead(periods: TeamPeriods): number {
  return Math.round((periods.read.end.getTime() - periods.read.start.getTime()) / (7 * DAY_MS));
}

/** The read window as stored rows are read: its start, to the latest day a done item may be dated by (`rowsUntil`). */
export function rowsWindow(periods: TeamPeriods): Window {
  return { ...periods.read, end: periods.rowsUntil };
}

/**
 * Whether a row read up to `rowsUntil` is one of the weeks read: dated up to now, or after it where
 * the CRM shows it done. A planned item ahead is no activity of the weeks read (the basis line).
 * The test for a period, made once: it runs over every row the page reads.
 */
export function ofWeeksRead(periods: TeamPeriods): (row: Pick<Activity, 'timestamp' | 'planned'>) => boolean {
  const end = periods.read.end.toISOString();
  return (row) => row.planned === false || (row.timestamp !== undefined && row.timestamp <= end);
}
