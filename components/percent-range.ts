import { formatPercent } from './format';

/** Two shares 0–1 as "40–50%", in formatPercent's style (whole percents, the sign once, as "5–9" days in stage). */
export function formatPercentRange(lower: number, upper: number): string {
  return `${Math.round(lower * 100)}–${formatPercent(upper)}`;
}
