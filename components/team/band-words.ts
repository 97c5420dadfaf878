import type { RepRow } from '../../lib/team/rep-row';
import { twoDecimals } from '../format';

/**
 * The rep's touches per contact over the last 30 days against the motion's band. Two decimals,
 * except where they would round onto the band's edge and contradict the position beside them
 * (7.997 below a band starting at 8 is "just under 8", not "8.00: below").
 */
export function bandWords(band: RepRow['band']): string {
  const { low, high, last30Days, position } = band;
  if (last30Days === null) return `band ${low}–${high}; nobody touched in the last 30 days`;
  const shown = twoDecimals(last30Days);
  const figure =
    position === 'below' && Number(shown) >= low
      ? `just under ${low}`
      : position === 'above' && Number(shown) <= high
        ? `just over ${high}`
        : shown;
  return `last 30 days ${figure}: ${position} the band ${low}–${high}`;
}
