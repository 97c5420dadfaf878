import type { Rate } from '../lib/schema/view-model';
import { formatPercent, plural, rateValue, reasonText } from './format';
import { Metric } from './Metric';
import { formatPercentRange } from './percent-range';

interface RateFigureProps {
  metric: string;
  label: string;
  rate: Rate;
  /** What the denominator counts, one and many: ["email answered", "emails answered"]. */
  of: readonly [one: string, many: string];
  /** Reason to show when the view gives none (the denominator is zero). */
  fallbackReason: string;
}

/** A rate as "25%" (or a range, "25–50%") with "1 of 4 …"; without a denominator "—" and the reason in words, never 0% or NaN. */
export function RateFigure({ metric, label, rate, of, fallbackReason }: RateFigureProps) {
  if (rate.value === null) {
    const reason = rate.reason ?? fallbackReason;
    return (
      <div class="tl-rate">
        <span class="tl-label">{label}</span>
        <Metric name={metric} value={null} reason={reason} class="tl-number">
          —
        </Metric>
        <span class="tl-small">
          {rate.denominator > 0 && `${rate.numerator} of ${plural(rate.denominator, ...of)}; `}
          {reasonText(reason)}
        </span>
      </div>
    );
  }
  // Not known exactly (decisions.md, as stage time): data-value the lower bound, data-upper the upper.
  const upper = rate.upper;
  return (
    <div class="tl-rate">
      <span class="tl-label">{label}</span>
      <Metric
        name={metric}
        value={rateValue(rate.value)}
        data={upper === undefined ? {} : { upper: rateValue(upper), reason: rate.reason }}
        class="tl-number"
      >
        {upper === undefined ? formatPercent(rate.value) : formatPercentRange(rate.value, upper)}
      </Metric>
      <span class="tl-small">
        {rate.numerator} of {plural(rate.denominator, ...of)}
        {upper !== undefined && rate.reason && `; ${reasonText(rate.reason)}`}
      </span>
    </div>
  );
}
