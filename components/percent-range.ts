import type { Rate } from '../lib/schema/view-model';
import { formatPercent, rateValue } from './format';

/** Two shares 0–1 as "40–50%" ("40%" when both round to it), in formatPercent's style (whole percents, the sign once, as "5–9" days in stage). */
export function formatPercentRange(lower: number, upper: number): string {
  // Bounds within one whole percent read as that percent, never "40–40%".
  if (Math.round(lower * 100) === Math.round(upper * 100)) return formatPercent(upper);
  return `${Math.round(lower * 100)}–${formatPercent(upper)}`;
}

/**
 * A rate with a value as shown: "40%", or when known only as a range "40–50%" with its attributes
 * (decisions.md, as stage time: data-value the lower bound, data-upper the upper, and the reason).
 */
export function shownRate(rate: Rate & { value: number }): { text: string; data: Record<string, string | undefined> } {
  if (rate.upper === undefined) return { text: formatPercent(rate.value), data: {} };
  return {
    text: formatPercentRange(rate.value, rate.upper),
    data: { upper: rateValue(rate.upper), reason: rate.reason },
  };
}
