import { type Motion, motionSchema } from '../../lib/schema/motion';
import type { BandRange } from '../../lib/schema/settings';
import { MOTION_LABEL } from '../motion-labels';
import { NumberField } from './NumberField';
import { errorsUnder } from './settings-form';
import type { SettingsFormState } from './use-settings';

/** The benchmark band of each motion (touches per contact over a month), editable end by end. */
export function BandsTable({ form }: { form: SettingsFormState }) {
  const { settings, errors, reasonsAt, saved, fellBack, apply } = form;
  const end = (motion: Motion, which: keyof BandRange) => {
    const key = `bands.${motion}.${which}`;
    return (
      <NumberField
        name={key}
        label={
          <span class="tl-sr-only">
            {MOTION_LABEL[motion]} band, {which === 'low' ? 'from' : 'to'}
          </span>
        }
        value={settings.bands[motion][which]}
        errors={errorsUnder(errors, key)}
        reasonsAt={reasonsAt[key]}
        saved={saved === key}
        fellBack={fellBack(key)}
        onCommit={(value) =>
          void apply(key, { bands: { ...settings.bands, [motion]: { ...settings.bands[motion], [which]: value } } })
        }
      />
    );
  };
  return (
    <table class="tl-opt-bands">
      <caption>Typical touches per contact over one month, by motion (the panel's band)</caption>
      <thead>
        <tr>
          <th scope="col">Motion</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {motionSchema.options.map((motion) => (
          <tr key={motion}>
            <th scope="row">{MOTION_LABEL[motion]}</th>
            <td>{end(motion, 'low')}</td>
            <td>{end(motion, 'high')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
