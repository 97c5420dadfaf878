import { type CadenceSettings, cadenceRuns } from './cadence';
import type { Touch } from './touch';

/**
 * The touches, either way, after which a silence longer than the follow-up limit came before a
 * new cadence run began (CadenceRun.afterSilence), oldest first, as ISO times.
 */
export function silencesFrom(
  touches: readonly Touch[],
  settings: CadenceSettings,
  leftOut: readonly Touch[] = [],
): string[] {
  return cadenceRuns(touches, settings, leftOut).flatMap((run) =>
    run.afterSilence ? [run.afterSilence.toISOString()] : [],
  );
}

/**
 * On a timeline loaded back to `back` (every touch not read is older: loadedBack), the first of
 * `silences` (silencesFrom) no older than it: a touch not read can neither number a step of a run
 * that began after that silence, nor fall in a gap that ends after it. Undefined when there is none.
 */
export function settledAfter(silences: readonly string[] | undefined, back: number | undefined): number | undefined {
  if (back === undefined) return undefined;
  return silences?.map(Date.parse).find((at) => at >= back);
}
