import type { PeriodChoice } from '../lib/settings/period-choice';

/** The switch's choices in the order offered (contracts.md: `[data-action="period"]` option values). */
export const PERIOD_OPTIONS: { value: PeriodChoice; label: string }[] = [
  { value: '7d', label: 'Last 7 days' },
  { value: '14d', label: 'Last 14 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' },
  { value: 'this-quarter', label: 'This quarter' },
  { value: 'last-quarter', label: 'Last quarter' },
];

interface PeriodSelectProps {
  value: PeriodChoice;
  /** The resolved period ("this quarter (Q4 2026)"), for the tooltip. */
  label: string;
  onChange(period: PeriodChoice): void;
}

/**
 * The header's period switch: a setting, so the choice holds in every tab until changed. It shows
 * the period the numbers are for: a choice moves it only once the numbers have followed (a
 * choice that could not be saved leaves it, and them, where they were).
 */
export function PeriodSelect({ value, label, onChange }: PeriodSelectProps) {
  return (
    <select
      class="tl-select"
      style={{ flex: 'none', fontSize: '11px' }}
      data-action="period"
      aria-label="Period the touches, rates and gaps are for"
      title={`Touches, rates and gaps are for ${label}; the band (last 30 days), last touch, next step and recent touches are not`}
      value={value}
      onChange={(event) => {
        const chosen = event.currentTarget.value as PeriodChoice;
        // Nothing is drawn again until the numbers follow, so the choice is taken back here.
        event.currentTarget.value = value;
        onChange(chosen);
      }}
    >
      {PERIOD_OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
