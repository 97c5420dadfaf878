import type { ComponentChildren } from 'preact';
import { FieldNote, fieldIds } from './FieldNote';
import { useDraft } from './use-draft';

interface NumberFieldProps {
  /** The control's `name` and its key in the errors (contracts.md names: `followUpDays`, `watchFactor`, …). */
  name: string;
  label: ComponentChildren;
  value: number;
  errors: string[];
  /** Fields whose notes hold the reason this field's typed value was refused (a rule across fields). */
  reasonsAt?: string[];
  saved: boolean;
  /** Its stored value could not be read: the default shown is in force (said beside it). */
  fellBack?: boolean;
  step?: string;
  hint?: string;
  onCommit(value: number): void;
}

/**
 * A number typed by the user, committed when it changes (Enter or leaving the field). What was
 * typed stays in the box when it is refused, beside the reason (beside the other field's, for a rule
 * across fields); a value saved elsewhere replaces it, and so does the stored one once the reason goes.
 */
export function NumberField({
  name,
  label,
  value,
  errors,
  reasonsAt = [],
  saved,
  fellBack,
  step = '1',
  hint,
  onCommit,
}: NumberFieldProps) {
  const refused = errors.length > 0 || reasonsAt.length > 0;
  const [text, setText] = useDraft(value, String, refused);
  const ids = fieldIds(name);
  const describedBy = [
    ids.note,
    ...(hint ? [`${ids.control}-hint`] : []),
    ...reasonsAt.map((path) => fieldIds(path).note),
  ].join(' ');
  return (
    <div class="tl-opt-field">
      <label for={ids.control}>{label}</label>
      <input
        id={ids.control}
        name={name}
        type="number"
        inputMode="decimal"
        step={step}
        value={text}
        aria-invalid={refused ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          onCommit(typed.trim() === '' ? Number.NaN : Number(typed));
        }}
      />
      {hint && (
        <span id={`${ids.control}-hint`} class="tl-opt-hint">
          {hint}
        </span>
      )}
      <FieldNote id={ids.note} errors={errors} saved={saved} fellBack={fellBack} />
    </div>
  );
}
