import type { Deal } from '../schema/record';
import type { TypicalStageTime } from './typical-stage-time';

export type StageWarning = 'none' | 'watch' | 'stalled';

export const WATCH_RATIO = 1.5;
export const STALLED_RATIO = 2;

/**
 * `watch` above 1.5 × typical, `stalled` above 2 × (exactly 2 × is watch, exactly 1.5 × is
 * none), compared in whole days. Closed deals never warn; without a time in stage there is
 * nothing to compare.
 */
export function stageWarning(
  daysInStage: number | null,
  typical: TypicalStageTime | null,
  closed: Deal['closed'],
): StageWarning {
  if (closed || daysInStage === null || !typical) return 'none';
  if (daysInStage > STALLED_RATIO * typical.days) return 'stalled';
  if (daysInStage > WATCH_RATIO * typical.days) return 'watch';
  return 'none';
}

/** The warning in plain words: "23 days in stage, typical 10 from your 12 deals — over 2× typical". */
export function stageWarningReason(input: {
  stage: string | undefined;
  daysInStage: number | null;
  /** The count starts at Touchline's first sighting, so the deal has been in the stage at least that long. */
  atLeast?: boolean;
  typical: TypicalStageTime | null;
  closed: Deal['closed'];
  warning: StageWarning;
}): string {
  const { stage, daysInStage, typical, closed, warning } = input;
  if (closed) return `Closed ${closed}: closed deals get no stage warning.`;
  if (daysInStage === null || !typical)
    return 'Time in stage unknown: the stage history does not show when the deal entered its stage.';
  const days = `${input.atLeast ? 'at least ' : ''}${daysInStage} ${daysInStage === 1 ? 'day' : 'days'} in stage`;
  const over = warning === 'stalled' ? ' — over 2× typical' : warning === 'watch' ? ' — over 1.5× typical' : '';
  const since = input.atLeast
    ? ' (counted from when Touchline first saw the deal: the page shows no stage history)'
    : '';
  return `${days}${since}, ${typicalInWords(typical, stage)}${over}`;
}

function typicalInWords(typical: TypicalStageTime, stage: string | undefined): string {
  if (typical.source === 'own-deals') return `typical ${typical.days} from your ${typical.deals} deals`;
  const left = `${typical.deals} of your deals ${typical.deals === 1 ? 'has' : 'have'} left ${stage ?? 'this stage'}`;
  return `typical ${typical.days} (default until 5 deals have left the stage; ${left})`;
}
