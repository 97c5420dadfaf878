import { useRef, useState } from 'preact/hooks';
import type { PeriodChoice } from '../lib/settings/period-choice';
import type { SettingsActions } from './settings-actions';

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
  /** Saves the choice; where the answer is known, it settles once the save was answered (settings-actions.ts). */
  onChange: SettingsActions['choosePeriod'];
}

/**
 * The header's period switch: a setting, so the choice holds in every tab until changed. It shows
 * the period the numbers are for, and a choice while its save is under way: a keyboard user
 * moving on with the arrow keys moves on from what was heard. Once the save is answered it is the
 * numbers' again (a choice that could not be saved leaves it, and them, where they were).
 */
export function PeriodSelect({ value, label, onChange }: PeriodSelectProps) {
  const [pending, setPending] = useState<PeriodChoice | null>(null);
  /** The latest choice: only its answer ends the showing of it. */
  const latest = useRef(0);
  return (
    <select
      class="tl-select"
      style={{ flex: 'none', fontSize: '11px' }}
      data-action="period"
      aria-label="Period the touches, rates and gaps are for"
      title={`Touches, rates and gaps are for ${label}; the band (last 30 days), last touch, next step and recent touches are not`}
      value={pending ?? value}
      onChange={(event) => {
        const chosen = event.currentTarget.value as PeriodChoice;
        const asked = ++latest.current;
        const answer = onChange(chosen);
        if (!(answer instanceof Promise)) {
          // No answer to wait for: the switch follows the numbers, which have not moved yet.
          setPending(null);
          event.currentTarget.value = value;
          return;
        }
        setPending(chosen);
        const answered = () => asked === latest.current && setPending(null);
        void answer.then(answered, answered);
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
