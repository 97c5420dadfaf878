import { useRef, useState } from 'preact/hooks';
import { type Channel, channelSchema } from '../../lib/schema/activity';
import type { Motion } from '../../lib/schema/motion';
import { type CadenceStep, DEFAULT_CADENCES } from '../../lib/schema/settings';
import { cadenceProblems } from './cadence-problems';
import { addStep, moveStep, removeStep, setStep } from './cadence-steps';
import { FieldNote } from './FieldNote';
import type { SettingsFormState } from './use-settings';

/**
 * One motion's cadence: each step's day offset and channel, add, remove, move earlier or later
 * and reset to metrics.md's defaults. Every edit is checked and saved at once; a refused edit
 * stays on screen beside its reason until corrected.
 */
export function CadenceEditor({ form, motion }: { form: SettingsFormState; motion: Motion }) {
  const { settings, errors, saved, apply } = form;
  const stored = settings.cadences[motion];
  const [draft, setDraft] = useState<CadenceStep[]>(stored);
  // Edits build on the latest draft, even one not rendered yet.
  const latest = useRef(draft);
  // Steps saved elsewhere (or this editor's own save coming back) replace the draft.
  const [shown, setShown] = useState(stored);
  if (!sameSteps(shown, stored)) {
    setShown(stored);
    latest.current = stored;
    setDraft(stored);
  }
  const key = `cadences.${motion}`;
  const noteId = `opt-cadence-${motion}-note`;
  const problems = cadenceProblems(errors, key, draft);
  const edit = (change: (steps: CadenceStep[]) => CadenceStep[]) => {
    const next = change(latest.current);
    latest.current = next;
    setDraft(next);
    void apply(key, { cadences: { ...settings.cadences, [motion]: next } });
  };
  const unit = settings.businessDays ? 'business days' : 'days';
  return (
    <div class="tl-opt-cadence">
      <ol class="tl-opt-steps" aria-describedby={noteId}>
        {draft.map((step, i) => (
          // Steps have no identity beyond their place in the cadence.
          <li key={i} class="tl-opt-step">
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
                  edit((steps) => setStep(steps, i, { day: text === '' ? Number.NaN : Number(text) }));
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
                  edit((steps) => setStep(steps, i, { channel }));
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
              disabled={i === 0}
              aria-label={`Move step ${i + 1}'s ${step.channel} earlier`}
              onClick={() => edit((steps) => moveStep(steps, i, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === draft.length - 1}
              aria-label={`Move step ${i + 1}'s ${step.channel} later`}
              onClick={() => edit((steps) => moveStep(steps, i, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={`Remove step ${i + 1}`}
              onClick={() => edit((steps) => removeStep(steps, i))}
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
        <button type="button" data-action="add-step" onClick={() => edit(addStep)}>
          Add a step
        </button>
        <button type="button" data-action="reset-cadence" onClick={() => edit(() => DEFAULT_CADENCES[motion])}>
          Reset to the defaults
        </button>
      </div>
      <FieldNote id={noteId} errors={problems.messages} saved={saved === key} />
    </div>
  );
}

/** Parsed anew on every save anywhere, so the same steps come back as another array. */
function sameSteps(a: readonly CadenceStep[], b: readonly CadenceStep[]): boolean {
  return a.length === b.length && a.every((step, i) => step.day === b[i]?.day && step.channel === b[i]?.channel);
}
