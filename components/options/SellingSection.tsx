import { type Motion, motionSchema } from '../../lib/schema/motion';
import { MOTION_LABEL } from '../motion-labels';
import { BandsTable } from './BandsTable';
import { CheckboxField } from './CheckboxField';
import { FieldNote, fieldIds } from './FieldNote';
import { errorsUnder } from './settings-form';
import { TimeZoneField } from './TimeZoneField';
import type { SettingsFormState } from './use-settings';

/** "Your selling": the motion and its bands, what counts as a touch, weekends and the time zone. */
export function SellingSection({ form }: { form: SettingsFormState }) {
  const { settings, errors, saved, fellBack, apply } = form;
  const motion = fieldIds('motion');
  const motionErrors = errorsUnder(errors, 'motion');
  const check = (name: 'countAutomated' | 'countCompletedTasks') => ({
    name,
    checked: settings[name],
    errors: errorsUnder(errors, name),
    saved: saved === name,
    fellBack: fellBack(name),
    onCommit: (checked: boolean) => void apply(name, { [name]: checked }),
  });
  return (
    <section class="tl-opt-section" aria-labelledby="opt-selling-heading">
      <h2 id="opt-selling-heading">Your selling</h2>
      <div class="tl-opt-field">
        <label for={motion.control}>Sales motion</label>
        <select
          id={motion.control}
          name="motion"
          value={settings.motion}
          aria-invalid={motionErrors.length > 0 ? 'true' : undefined}
          aria-describedby={motion.note}
          onChange={(event) => void apply('motion', { motion: event.currentTarget.value as Motion })}
        >
          {motionSchema.options.map((m) => (
            <option key={m} value={m}>
              {MOTION_LABEL[m]} ({settings.bands[m].low}–{settings.bands[m].high} touches a month)
            </option>
          ))}
        </select>
        <FieldNote id={motion.note} errors={motionErrors} saved={saved === 'motion'} fellBack={fellBack('motion')} />
      </div>
      <BandsTable form={form} />
      <CheckboxField
        {...check('countAutomated')}
        label="Count automated touches (sequence emails) in every touch figure"
        hint="Either way the panel shows how many were automated."
      />
      <CheckboxField
        {...check('countCompletedTasks')}
        label="Count tasks completed against a contact as touches"
        hint="For teams that log calls and emails only as tasks."
      />
      <CheckboxField
        name="businessDays"
        checked={settings.businessDays}
        errors={errorsUnder(errors, 'businessDays')}
        saved={saved === 'businessDays'}
        fellBack={fellBack('businessDays')}
        label="Leave weekends out of gaps and cadence days"
        hint="Working days are Monday to Friday; turn this off if you sell at weekends."
        onCommit={(checked) => void apply('businessDays', { businessDays: checked })}
      />
      <TimeZoneField form={form} />
    </section>
  );
}
