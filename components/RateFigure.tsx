import type { Rate } from '../lib/schema/view-model';
import { plural, rateValue, reasonText } from './format';
import { Metric } from './Metric';
import { shownRate } from './percent-range';

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
  const shown = shownRate({ ...rate, value: rate.value });
  return (
    <div class="tl-rate">
      <span class="tl-label">{label}</span>
      <Metric name={metric} value={rateValue(rate.value)} data={shown.data} class="tl-number">
        {shown.text}
      </Metric>
      <span class="tl-small">
        {rate.numerator} of {plural(rate.denominator, ...of)}
        {shown.data.reason && `; ${reasonText(shown.data.reason)}`}
      </span>
    </div>
  );
}
