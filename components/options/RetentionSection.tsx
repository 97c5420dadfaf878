import { NumberField } from './NumberField';
import { retentionWarning } from './retention-warning';
import { errorsUnder } from './settings-form';
import type { SettingsFormState } from './use-settings';

const HINT =
  'Older activities are deleted once a day and not stored again. Touches you logged in Touchline are kept until you erase them.';

/** How long activities read from pages are kept; touches logged in Touchline stay until erased. */
export function RetentionSection({ form }: { form: SettingsFormState }) {
  const { settings, errors, saved, apply } = form;
  // In the hint, which the field's aria-describedby names: read with the field, first.
  const warning = retentionWarning(settings);
  return (
    <section class="tl-opt-section" aria-labelledby="opt-retention-heading">
      <h2 id="opt-retention-heading">Keeping data</h2>
      <NumberField
        name="retentionDays"
        value={settings.retentionDays}
        errors={errorsUnder(errors, 'retentionDays')}
        saved={saved === 'retentionDays'}
        onCommit={(value) => void apply('retentionDays', { retentionDays: value })}
        label="Keep activities for (days)"
        hint={warning ? `${warning} ${HINT}` : HINT}
      />
    </section>
  );
}
