import { FieldNote, fieldIds } from './FieldNote';
import { errorsUnder } from './settings-form';
import { useDraft } from './use-draft';
import type { SettingsFormState } from './use-settings';

/** The zones the browser knows, offered as suggestions; any zone `Intl` accepts is valid. */
function knownZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** The zone days are counted in; the browser's own until changed. */
export function TimeZoneField({ form }: { form: SettingsFormState }) {
  const { settings, errors, saved, fellBack, apply } = form;
  const problems = errorsUnder(errors, 'timeZone');
  const [text, setText] = useDraft(settings.timeZone, (zone) => zone, problems.length > 0);
  const ids = fieldIds('timeZone');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div class="tl-opt-field">
      <label for={ids.control}>Time zone days are counted in</label>
      <input
        id={ids.control}
        name="timeZone"
        type="text"
        list="opt-zones"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        aria-describedby={`${ids.note} ${ids.control}-hint`}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          setText(event.currentTarget.value);
          void apply('timeZone', { timeZone: event.currentTarget.value.trim() });
        }}
      />
      <datalist id="opt-zones">
        {knownZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <span id={`${ids.control}-hint`} class="tl-opt-hint">
        This browser's zone is {browserZone}.
      </span>
      <FieldNote id={ids.note} errors={problems} saved={saved === 'timeZone'} fellBack={fellBack('timeZone')} />
    </div>
  );
}
