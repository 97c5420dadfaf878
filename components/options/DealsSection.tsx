import { NumberField } from './NumberField';
import { errorsUnder } from './settings-form';
import type { SettingsFormState } from './use-settings';

type DealField = 'defaultStageDays' | 'watchFactor' | 'stalledFactor';

/** "Deals": the typical time in a stage until there is history, and the warning thresholds (global this round). */
export function DealsSection({ form }: { form: SettingsFormState }) {
  const { settings, errors, reasonsAt, saved, fellBack, apply } = form;
  const field = (name: DealField) => ({
    name,
    value: settings[name],
    errors: errorsUnder(errors, name),
    reasonsAt: reasonsAt[name],
    saved: saved === name,
    fellBack: fellBack(name),
    onCommit: (value: number) => void apply(name, { [name]: value }),
  });
  return (
    <section class="tl-opt-section" aria-labelledby="opt-deals-heading">
      <h2 id="opt-deals-heading">Deals</h2>
      <NumberField
        {...field('defaultStageDays')}
        label="Typical days in a stage"
        hint="Used for every stage until 5 of your deals that left it have a known time there; then their median."
      />
      <NumberField
        {...field('watchFactor')}
        step="0.1"
        label="Watch above (× typical time)"
        hint="A deal longer than this in its stage is marked watch."
      />
      <NumberField
        {...field('stalledFactor')}
        step="0.1"
        label="Stalled above (× typical time)"
        hint="More than the watch factor."
      />
    </section>
  );
}
