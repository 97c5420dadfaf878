import { useRef } from 'preact/hooks';
import { type Channel, channelSchema } from '../../lib/schema/activity';
import type { Motion } from '../../lib/schema/motion';
import { DEFAULT_CADENCES } from '../../lib/schema/settings';
import { cadenceProblems } from './cadence-problems';
import { moveStep, removeStep, setStep, stepToAdd } from './cadence-steps';
import { FieldNote } from './FieldNote';
import { type DraftStep, useCadenceDraft } from './use-cadence-draft';
import { useFocusAfterEdit } from './use-focus-after-edit';
import type { SettingsFormState } from './use-settings';

/**
 * One motion's cadence: each step's day offset and channel, add, remove, move earlier or later
 * and reset to metrics.md's defaults. Every edit is checked and saved at once; a refused edit
 * stays on screen beside its reason until corrected, also while another motion's cadence is shown.
 * Keyboard focus stays with a step moved and goes to a neighbour of a step removed.
 */
export function CadenceEditor({ form, motion }: { form: SettingsFormState; motion: Motion }) {
  const { settings, errors, saved, fellBack, apply } = form;
  const draft = useCadenceDraft(settings.cadences, motion);
  const steps = draft.steps;
  const editor = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfterEdit(editor);
  const key = `cadences.${motion}`;
  const noteId = `opt-cadence-${motion}-note`;
  const problems = cadenceProblems(errors, key, steps);
  const edit = (change: (steps: DraftStep[]) => DraftStep[]) => {
    const next = draft.edit(change);
    void apply(key, { cadences: { ...settings.cadences, [motion]: next } });
  };
  // By id, not by the place rendered: an edit not rendered yet may have moved the step.
  const editStep = (id: number, change: (steps: DraftStep[], index: number) => DraftStep[]) =>
    edit((latest) => {
      const index = latest.findIndex((step) => step.id === id);
      return index < 0 ? latest : change(latest, index);
    });
  const move = (id: number, by: -1 | 1) =>
    editStep(id, (latest, index) => {
      const to = index + by;
      // The same button again, so pressing it again moves the same channel on; at either end it is disabled.
      const atEnd = by === -1 ? to === 0 : to === latest.length - 1;
      const sameWay = by === -1 ? 'move-earlier' : 'move-later';
      const otherWay = by === -1 ? 'move-later' : 'move-earlier';
      focusAfter({ step: id, action: atEnd ? otherWay : sameWay });
      return moveStep(latest, index, by);
    });
  const remove = (id: number) =>
    editStep(id, (latest, index) => {
      const neighbour = latest[index + 1] ?? latest[index - 1];
      focusAfter(neighbour ? { step: neighbour.id, action: 'remove-step' } : { action: 'add-step' });
      return removeStep(latest, index);
    });
  const unit = settings.businessDays ? 'business days' : 'days';
  return (
    <div class="tl-opt-cadence" ref={editor}>
      <ol class="tl-opt-steps" aria-describedby={noteId}>
        {steps.map((step, i) => (
          <li key={step.id} class="tl-opt-step" data-step={step.id}>
            <span class="tl-opt-step-name">Step {i + 1}</span>
            <label>
              <span class="tl-sr-only">{`Step ${i + 1} `}</span>
              Day
              <input
                name={`${key}.${i}.day`}
                type="number"
                min="0"
                step="1"
                value={Number.isNaN(step.day) ? '' : step.day}
                aria-describedby={noteId}
                aria-invalid={problems.days.has(i) ? 'true' : undefined}
                onChange={(event) => {
                  const text = event.currentTarget.value.trim();
                  const day = text === '' ? Number.NaN : Number(text);
                  editStep(step.id, (latest, index) => setStep(latest, index, { day }));
                }}
              />
            </label>
            <label>
              <span class="tl-sr-only">{`Step ${i + 1} `}</span>
              Channel
              <select
                name={`${key}.${i}.channel`}
                value={step.channel}
                aria-describedby={noteId}
                aria-invalid={problems.channels.has(i) ? 'true' : undefined}
                onChange={(event) => {
                  const channel = event.currentTarget.value as Channel;
                  editStep(step.id, (latest, index) => setStep(latest, index, { channel }));
                }}
              >
                {channelSchema.options.map((channel) => (
                  <option key={channel} value={channel}>
                    {channel}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-action="move-earlier"
              disabled={i === 0}
              aria-label={`Move step ${i + 1}'s ${step.channel} earlier`}
              onClick={() => move(step.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              data-action="move-later"
              disabled={i === steps.length - 1}
              aria-label={`Move step ${i + 1}'s ${step.channel} later`}
              onClick={() => move(step.id, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              data-action="remove-step"
              aria-label={`Remove step ${i + 1}`}
              onClick={() => remove(step.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <p class="tl-opt-hint">
        Days are counted from the first touch, in {unit}; moving a step swaps its channel with its neighbour's.
      </p>
      <div class="tl-opt-actions">
        <button
          type="button"
          data-action="add-step"
          onClick={() => edit((latest) => [...latest, draft.withId(stepToAdd(latest))])}
        >
          Add a step
        </button>
        <button
          type="button"
          data-action="reset-cadence"
          onClick={() => edit(() => DEFAULT_CADENCES[motion].map(draft.withId))}
        >
          Reset to the defaults
        </button>
      </div>
      <FieldNote id={noteId} errors={problems.messages} saved={saved === key} fellBack={fellBack(key)} />
    </div>
  );
}
