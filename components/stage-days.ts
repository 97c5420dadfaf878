import type { DealView } from '../lib/schema/view-model';

/** "23", "≥ 10" (counted from Touchline's first sighting) or "5–9" (the entry day is not known). */
export function daysText(view: DealView, days: number): string {
  if (!view.daysInStageAtLeast) return String(days);
  return view.daysInStageUpTo === undefined ? `≥ ${days}` : `${days}–${view.daysInStageUpTo}`;
}

/** The contract's range attributes: `data-value` is the lower bound, `data-upper` the upper where known. */
export function rangeData(view: DealView): Record<string, string | undefined> {
  return {
    'lower-bound': view.daysInStageAtLeast ? 'true' : undefined,
    upper: view.daysInStageAtLeast && view.daysInStageUpTo !== undefined ? String(view.daysInStageUpTo) : undefined,
    approximate: view.daysInStageApproximate ? 'true' : undefined,
  };
}

/** The unit after the days in stage, or why there are none. */
export function daysUnit(view: DealView, missing: string): string {
  if (view.daysInStage === null) return missing;
  return view.daysInStage === 1 && view.daysInStageUpTo === undefined ? 'day in stage' : 'days in stage';
}
