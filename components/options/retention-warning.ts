import { EARLY_WARNING_DAYS } from '../../lib/metrics/early-warning';
import type { Settings } from '../../lib/schema/settings';
import type { PeriodChoice } from '../../lib/settings/period-choice';

/**
 * How many days back the team page reaches when it compares the chosen period with the one
 * before it of equal length (decisions.md; lib/team/periods.ts), at the most over a year. This
 * quarter so far is compared with as many days before it: at most two 92-day quarters. Last
 * quarter and the quarter before it are counted back from today, so they reach past this quarter's
 * days so far as well: 92 + 2 × 92 at the end of the fourth quarter.
 */
const COMPARISONS: Record<PeriodChoice, { days: number; words: string }> = {
  '7d': { days: 14, words: 'comparing the last 7 days with the 7 before needs 14' },
  '14d': { days: 28, words: 'comparing the last 14 days with the 14 before needs 28' },
  '30d': { days: 60, words: 'comparing the last 30 days with the 30 before needs 60' },
  '90d': { days: 180, words: 'comparing the last 90 days with the 90 before needs 180' },
  'this-quarter': {
    days: 184,
    words: 'comparing this quarter so far with as many days before it needs up to 184',
  },
  'last-quarter': {
    days: 276,
    words: 'comparing last quarter with the quarter before it needs up to 276, counted back from today',
  },
};

/**
 * What a retention too short for the numbers loses, or null (a warning: the value is still saved).
 * A contact goes cold after more than the follow-up limit without a touch, so a retention no longer
 * than the limit deletes its touches before it can be seen as cold. The team page's early warning
 * looks back a fixed number of days whatever the period, and is withheld for every rep when that
 * reaches past what is kept (lib/team/rep-row.ts).
 */
export function retentionWarning(settings: Pick<Settings, 'retentionDays' | 'followUpDays' | 'period'>): string | null {
  const kept = settings.retentionDays;
  const comparison = COMPARISONS[settings.period];
  const losses = [
    ...(kept <= settings.followUpDays
      ? [
          `a contact goes cold after ${settings.followUpDays} days without a touch, so its touches are deleted before it can show as gone cold`,
        ]
      : []),
    ...(kept < comparison.days ? [comparison.words] : []),
    ...(kept < EARLY_WARNING_DAYS
      ? [
          `the team page's early warning looks back ${EARLY_WARNING_DAYS} days (the last 7 and the 4 weeks before them), so it is withheld for every rep`,
        ]
      : []),
  ];
  return losses.length > 0 ? `Touchline keeps ${kept} days: ${losses.join('; ')}.` : null;
}
