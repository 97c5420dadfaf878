import type { Motion } from '../schema/settings';
import type { ContactView } from '../schema/view-model';

export type BenchmarkBand = NonNullable<ContactView['band']>;

/** Typical touches per contact over an outbound period (metrics.md); enterprise's "20 or more" tops out at 20. */
export const BENCHMARK_BANDS: Record<Motion, { low: number; high: number }> = {
  smb: { low: 6, high: 10 },
  'mid-market': { low: 8, high: 14 },
  enterprise: { low: 12, high: 20 },
  inbound: { low: 3, high: 6 },
};

/** Bands describe a month or more of outreach: shorter periods show no band. */
export const MIN_BAND_PERIOD_DAYS = 30;

/**
 * Where a contact's touches in the period sit against the motion's band; both ends of the band
 * are within it. Null for periods shorter than 30 days. Position is a place, never a grade:
 * the panel shows it beside the outcomes and never calls a higher number better.
 */
export function benchmarkBand(motion: Motion, touches: number, periodDays: number): BenchmarkBand | null {
  if (periodDays < MIN_BAND_PERIOD_DAYS) return null;
  const { low, high } = BENCHMARK_BANDS[motion];
  const position = touches < low ? 'below' : touches > high ? 'above' : 'within';
  return { motion, low, high, position };
}
