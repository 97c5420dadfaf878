import type { DealView } from '../lib/schema/view-model';

interface StageTimelineProps {
  stages: DealView['stageTimeline'];
}

/** ▸ Discovery ▸ Qualified ▸ Proposal ● with the days spent in each. */
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
          <span class="tl-stage-len">{Math.round(entry.days)} d</span>
        </li>
      ))}
    </ol>
  );
}
