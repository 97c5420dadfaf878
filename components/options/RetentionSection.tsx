import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/schema/settings';
import { NumberField } from './NumberField';
import { retentionLowered } from './retention-lowered';
import { retentionWarning } from './retention-warning';
import { errorsUnder } from './settings-form';
import type { SettingsFormState } from './use-settings';

const HINT =
  'Older activities are deleted once a day and not stored again. Touches you logged in Touchline are kept until you erase them.';

/** How long activities read from pages are kept; touches logged in Touchline stay until erased. */
export function RetentionSection({ form }: { form: SettingsFormState }) {
  const { settings, errors, saved, fellBack, apply } = form;
  const held = useHeldRetention(settings);
  // In the hint, which the field's aria-describedby names: read with the field, first.
  const warning = [retentionLowered(held, settings.retentionDays, new Date()), retentionWarning(settings)]
    .filter((words) => words !== null)
    .join(' ');
  return (
    <section class="tl-opt-section" aria-labelledby="opt-retention-heading">
      <h2 id="opt-retention-heading">Keeping data</h2>
      <NumberField
        name="retentionDays"
        value={settings.retentionDays}
        errors={errorsUnder(errors, 'retentionDays')}
        saved={saved === 'retentionDays'}
        fellBack={fellBack('retentionDays')}
        onCommit={(value) => void apply('retentionDays', { retentionDays: value })}
        label="Keep activities for (days)"
        hint={warning ? `${warning} ${HINT}` : HINT}
      />
    </section>
  );
}

type Held = Pick<Settings, 'retentionDays' | 'prunedBefore'>;

/**
 * The retention and pruning mark the activities held were kept under: as the page opened, and
 * again after each pruning run (its mark changes), which deleted what a lowered value let go.
 * Set during render, not after it (as useDraft).
 */
function useHeldRetention(settings: Held): Held {
  const [held, setHeld] = useState(() => heldUnder(settings));
  if (settings.prunedBefore === held.prunedBefore) return held;
  const next = heldUnder(settings);
  setHeld(next);
  return next;
}

function heldUnder({ retentionDays, prunedBefore }: Held): Held {
  return prunedBefore === undefined ? { retentionDays } : { retentionDays, prunedBefore };
}
