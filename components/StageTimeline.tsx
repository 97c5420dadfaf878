import type { DealView } from '../lib/schema/view-model';

/** Why a visit shows no days that is no outcome: the deal closed, and no page showed when. */
const CLOSE_NOT_READ = 'closed; when it closed was not read';
/** Why a visit the history dates after today shows no days: it has not begun. */
const ENTERED_LATER = 'the stage history dates this entry after today';

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
          <span
            class="tl-stage-len"
            title={
              entry.enteredLater ? ENTERED_LATER : entry.days === null && !entry.outcome ? CLOSE_NOT_READ : undefined
            }
          >
            {stintDays(entry)}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * "4", "≥ 16" or "8–15": a visit Touchline did not see begin or end is a range. The outcome a closed
 * deal sits in is no stage and has no days ("won"); the last visit of a deal closed at a time no
 * page showed, or one the history dates after today, has none either ("—").
 */
function stintDays(entry: DealView['stageTimeline'][number]): string {
  if (entry.outcome) return entry.outcome;
  if (entry.days === null) return '—';
  const days = Math.round(entry.days);
  if (!entry.atLeast) return `${days} d`;
  return entry.upTo === undefined ? `≥ ${days} d` : `${days}–${Math.round(entry.upTo)} d`;
}
