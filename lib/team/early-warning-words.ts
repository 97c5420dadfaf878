import { EARLY_WARNING_DAYS, EARLY_WARNING_SHARE, type EarlyWarning } from '../metrics/early-warning';

// The average is a 4-week total over 4 and its 70 % a multiple of 0.175: shown exactly, so a
// rounded figure never makes "4 touches, below 70 % (4)" look like a contradiction.
const exact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** The early warning in words, with the numbers it compared. */
export function earlyWarningReason(warning: EarlyWarning): string {
  const { lastWeek, weeklyAverage } = warning;
  const touches = `${lastWeek} ${lastWeek === 1 ? 'touch' : 'touches'} in the last 7 days`;
  if (weeklyAverage === 0) return `${touches}; none in the 4 weeks before, so nothing to compare with.`;
  const average = exact.format(weeklyAverage);
  const share = Math.round(EARLY_WARNING_SHARE * 100);
  if (warning.warning)
    return `${touches}, below ${share} % of the weekly average of ${average} over the 4 weeks before (${exact.format(EARLY_WARNING_SHARE * weeklyAverage)}).`;
  return `${touches} against a weekly average of ${average} over the 4 weeks before: not below ${share} %.`;
}

/** Why no warning is given when Touchline holds fewer days than the warning looks back (`kept`: keptWords). */
export function earlyWarningBeyondRetention(kept: string): string {
  return `Not computed: the last 7 days and the 4 weeks before reach back ${EARLY_WARNING_DAYS} days, further than ${kept}.`;
}

/** Why no warning is given when the first touch counted is less than the warning's look-back ago (earlyWarningShortHistory). */
export function earlyWarningShortHistoryReason(days: number): string {
  const when = days === 0 ? 'today' : `${days} ${days === 1 ? 'day' : 'days'} ago`;
  return `Not computed: first touch ${when}; the warning needs 4 weeks before the last 7 days.`;
}
