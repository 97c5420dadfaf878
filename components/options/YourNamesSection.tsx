import { CRM_NAMES } from '../../lib/crm-names';
import { type Crm, crmSchema } from '../../lib/schema/activity';
import { spacedAsPages } from '../../lib/settings/spaced-as-pages';
import { FieldNote, fieldIds } from './FieldNote';
import { errorsUnder } from './settings-form';
import { useDraft } from './use-draft';
import type { SettingsFormState } from './use-settings';

const HINT = 'opt-you-hint';
const NAME_FELL_BACK =
  'The stored name could not be read, so none is in force; your touches keep the name they had until you type one.';
const OWNERS = 'opt-owners';

/** "You in your CRMs": the user's name as each CRM shows it (decisions.md, "your name in this CRM"). */
export function YourNamesSection({ form, owners }: { form: SettingsFormState; owners: string[] }) {
  return (
    <section class="tl-opt-section" aria-labelledby="opt-you-heading">
      <h2 id="opt-you-heading">You in your CRMs</h2>
      <p id={HINT} class="tl-opt-hint">
        Your name exactly as the CRM shows it as an owner. Touches you log in Touchline, and those Salesforce credits to
        "You", then count on your row of the team page; changing a name moves them. Leave it blank to keep them on no
        row.
      </p>
      {crmSchema.options.map((crm) => (
        <YourNameField key={crm} form={form} crm={crm} />
      ))}
      {/* The names the stored activities carry, spelt as the CRMs show them, to pick from. */}
      <datalist id={OWNERS}>
        {owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>
    </section>
  );
}

function YourNameField({ form, crm }: { form: SettingsFormState; crm: Crm }) {
  const { settings, errors, saved, fellBack, apply } = form;
  const key = `yourNames.${crm}`;
  const problems = errorsUnder(errors, key);
  const [text, setText] = useDraft(settings.yourNames[crm] ?? '', (name) => name, problems.length > 0);
  const ids = fieldIds(key);
  return (
    <div class="tl-opt-field">
      <label for={ids.control}>Your name in {CRM_NAMES[crm]}</label>
      <input
        id={ids.control}
        name={`yourName-${crm}`}
        type="text"
        list={OWNERS}
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        aria-describedby={`${ids.note} ${HINT}`}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          const name = spacedAsPages(event.currentTarget.value);
          setText(name);
          void apply(key, { yourNames: { ...settings.yourNames, [crm]: name } });
        }}
      />
      <FieldNote
        id={ids.note}
        errors={problems}
        saved={saved === key}
        fellBack={fellBack(key)}
        fellBackNote={NAME_FELL_BACK}
      />
    </div>
  );
}
