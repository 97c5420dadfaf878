import type { ComponentChildren } from 'preact';
import { FieldNote, fieldIds } from './FieldNote';

interface CheckboxFieldProps {
  name: string;
  label: ComponentChildren;
  checked: boolean;
  errors: string[];
  saved: boolean;
  /** Its stored value could not be read: the default shown is in force (said beside it). */
  fellBack?: boolean;
  hint?: string;
  onCommit(checked: boolean): void;
}

export function CheckboxField({ name, label, checked, errors, saved, fellBack, hint, onCommit }: CheckboxFieldProps) {
  const ids = fieldIds(name);
  return (
    <div class="tl-opt-field tl-opt-field--check">
      <input
        id={ids.control}
        name={name}
        type="checkbox"
        checked={checked}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={hint ? `${ids.note} ${ids.control}-hint` : ids.note}
        onChange={(event) => onCommit(event.currentTarget.checked)}
      />
      <label for={ids.control}>{label}</label>
      {hint && (
        <span id={`${ids.control}-hint`} class="tl-opt-hint">
          {hint}
        </span>
      )}
      <FieldNote id={ids.note} errors={errors} saved={saved} fellBack={fellBack} />
    </div>
  );
}
