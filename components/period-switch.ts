import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RecordView } from '../lib/schema/view-model';
import type { PeriodChoice } from '../lib/settings/period-choice';
import type { SettingsActions } from './settings-actions';

/**
 * The header's period switch with its answer heard: a period that could not be saved is said
 * plainly, with the period every number is still for (the switch goes back to it: PeriodSelect.tsx).
 * Returns the actions to hand the header, and what to say, if anything.
 */
export function usePeriodSwitch(settings: SettingsActions | undefined, shown: RecordView['period'] | undefined) {
  const [failure, setFailure] = useState<string | null>(null);
  /** The latest choice: an answer to an earlier one says nothing any more. */
  const latest = useRef(0);
  // The numbers moved to another period (saved here or in another tab): the failure is past.
  useLayoutEffect(() => setFailure(null), [shown?.choice]);
  if (!settings) return { settings, failure: null };
  const choosePeriod = (period: PeriodChoice) => {
    const asked = ++latest.current;
    setFailure(null);
    const answer = settings.choosePeriod(period);
    if (!(answer instanceof Promise)) return;
    // Handed on, so the switch can show the choice until its save is answered (PeriodSelect.tsx).
    return answer.then((why) => {
      if (asked === latest.current && why) setFailure(why);
      return why;
    });
  };
  const said = failure && shown ? `Period not changed: ${failure} Every number is still for ${shown.label}.` : null;
  return { settings: { ...settings, choosePeriod }, failure: said };
}
