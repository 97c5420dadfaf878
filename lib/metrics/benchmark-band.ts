import type { Settings } from '../schema/settings';
import type { ContactView } from '../schema/view-model';
import type { PeriodChoice } from '../settings/period-choice';

export type BenchmarkBand = NonNullable<ContactView['band']>;

/** A band describes one outbound period: it is always compared with the last 30 days (metrics.md). */
export const BAND_PERIOD: PeriodChoice = '30d';

/**
 * Where a contact's headline touches of the last 30 days sit against the chosen motion's band
 * (from the settings), whatever period the panel shows; both ends of the band are within it. The
 * shown period only says whether the panel must point out that the band is over the last 30 days.
 * Position is a place, never a grade: the panel shows it beside the outcomes and never calls a
 * higher number better.
 */
export function benchmarkBand(
  settings: Pick<Settings, 'motion' | 'bands' | 'period'>,
  touchesLast30Days: number,
): BenchmarkBand {
  const { motion } = settings;
  const { low, high } = settings.bands[motion];
  const position = touchesLast30Days < low ? 'below' : touchesLast30Days > high ? 'above' : 'within';
  const samePeriod = settings.period === BAND_PERIOD;
  return { motion, low, high, position, touches: touchesLast30Days, samePeriod };
}
