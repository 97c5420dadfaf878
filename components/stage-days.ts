import type { DealView } from '../lib/schema/view-model';
import { reasonText } from './format';

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

/** Why a closed deal, or one whose history dates its entry after today, shows no days in stage, in words. */
const NO_DAYS: Record<NonNullable<DealView['daysInStageReason']>, string> = {
  'closed-outcome': 'closed: an outcome, not a stage',
  'close-not-read': 'closed; close date not read',
  'close-before-entry': 'closed; the close date is before the stage was entered',
  'entered-after-now': 'not known: the stage history dates the entry after today',
};

/** Why days in stage would have no value: the contract's `data-reason` and its words. */
export function daysMissing(view: DealView): { reason: string; words: string } {
  if (view.daysInStageReason) return { reason: view.daysInStageReason, words: NO_DAYS[view.daysInStageReason] };
  const reason = view.stage ? 'no-stage-history' : 'no-stage';
  return { reason, words: reasonText(reason) };
}

/** The unit after the days in stage, or why there are none. */
export function daysUnit(view: DealView, missing: string): string {
  if (view.daysInStage === null) return missing;
  return view.daysInStage === 1 && view.daysInStageUpTo === undefined ? 'day in stage' : 'days in stage';
}
