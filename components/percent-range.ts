import { formatPercent } from './format';

/** Two shares 0–1 as "40–50%" ("40%" when both round to it), in formatPercent's style (whole percents, the sign once, as "5–9" days in stage). */
export function formatPercentRange(lower: number, upper: number): string {
  // Bounds within one whole percent read as that percent, never "40–40%".
  if (Math.round(lower * 100) === Math.round(upper * 100)) return formatPercent(upper);
  return `${Math.round(lower * 100)}–${formatPercent(upper)}`;
}
