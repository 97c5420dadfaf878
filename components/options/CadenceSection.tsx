import { useState } from 'preact/hooks';
import { type Motion, motionSchema } from '../../lib/schema/motion';
import { MOTION_LABEL } from '../motion-labels';
import { CadenceEditor } from './CadenceEditor';
import { NumberField } from './NumberField';
import { errorsUnder } from './settings-form';
import type { SettingsFormState } from './use-settings';

/** "Cadence": the steps of each motion's cadence and the follow-up limit. */
export function CadenceSection({ form }: { form: SettingsFormState }) {
  const { settings, errors, saved, fellBack, apply } = form;
  const [motion, setMotion] = useState<Motion>(settings.motion);
  return (
    <section class="tl-opt-section" aria-labelledby="opt-cadence-heading">
      <h2 id="opt-cadence-heading">Cadence</h2>
      <div class="tl-opt-field">
        <label for="opt-cadence-motion">Cadence of</label>
        <select
          id="opt-cadence-motion"
          value={motion}
          onChange={(event) => setMotion(event.currentTarget.value as Motion)}
        >
          {motionSchema.options.map((m) => (
            <option key={m} value={m}>
              {MOTION_LABEL[m]}
              {m === settings.motion ? ' (your motion)' : ''}
              {fellBack(`cadences.${m}`) ? ' (stored steps could not be read: defaults in force)' : ''}
            </option>
          ))}
        </select>
      </div>
      <CadenceEditor form={form} motion={motion} />
      <NumberField
        name="followUpDays"
        label="Follow-up limit (calendar days)"
        hint="A silence longer than this starts a new cadence; a contact with no touch either way for longer has gone cold."
        value={settings.followUpDays}
        errors={errorsUnder(errors, 'followUpDays')}
        saved={saved === 'followUpDays'}
        fellBack={fellBack('followUpDays')}
        onCommit={(value) => void apply('followUpDays', { followUpDays: value })}
      />
    </section>
  );
}
