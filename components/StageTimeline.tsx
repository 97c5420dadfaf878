import type { DealView } from '../lib/schema/view-model';

interface StageTimelineProps {
  stages: DealView['stageTimeline'];
}

/** ▸ Discovery ▸ Qualified ▸ Proposal ● with the days spent in each (a range where only that is known). */
export function StageTimeline({ stages }: StageTimelineProps) {
  if (stages.length === 0) return null;
  return (
    <ol class="tl-stages" aria-label="Stage history">
      {stages.map((entry) => (
        <li
          key={`${entry.stage}-${entry.enteredAt}`}
          class={entry.current ? 'tl-stage tl-stage--current' : 'tl-stage'}
          aria-current={entry.current ? 'step' : undefined}
        >
          <span class="tl-stage-name">{entry.stage}</span>
          <span class="tl-stage-len">{stintDays(entry)} d</span>
        </li>
      ))}
    </ol>
  );
}

/** "4", "≥ 16" or "8–15": a visit Touchline did not see begin or end is a range. */
function stintDays(entry: DealView['stageTimeline'][number]): string {
  const days = Math.round(entry.days);
  if (!entry.atLeast) return String(days);
  return entry.upTo === undefined ? `≥ ${days}` : `${days}–${Math.round(entry.upTo)}`;
}
