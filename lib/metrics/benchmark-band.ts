import type { Motion, Period } from '../schema/settings';
import type { ContactView } from '../schema/view-model';

export type BenchmarkBand = NonNullable<ContactView['band']>;

/** Typical touches per contact over an outbound period (metrics.md); enterprise's "20 or more" tops out at 20. */
export const BENCHMARK_BANDS: Record<Motion, { low: number; high: number }> = {
  smb: { low: 6, high: 10 },
  'mid-market': { low: 8, high: 14 },
  enterprise: { low: 12, high: 20 },
  inbound: { low: 3, high: 6 },
};

/** A band describes one outbound period: it is always compared with the last 30 days (metrics.md). */
export const BAND_PERIOD: Period = { kind: 'last-days', days: 30 };

/**
 * Where a contact's headline touches of the last 30 days sit against the motion's band, whatever
 * period the panel shows; both ends of the band are within it. `shownPeriod` only says whether the
 * panel must point out that the band is over the last 30 days. Position is a place, never a
 * grade: the panel shows it beside the outcomes and never calls a higher number better.
 */
export function benchmarkBand(motion: Motion, touchesLast30Days: number, shownPeriod: Period): BenchmarkBand {
  const { low, high } = BENCHMARK_BANDS[motion];
  const position = touchesLast30Days < low ? 'below' : touchesLast30Days > high ? 'above' : 'within';
  const samePeriod = shownPeriod.kind === 'last-days' && shownPeriod.days === 30;
  return { motion, low, high, position, touches: touchesLast30Days, samePeriod };
}
