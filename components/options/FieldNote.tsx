/** Said beside a field whose stored value could not be read (SettingsRead.fellBack). */
const FELL_BACK_NOTE = 'The stored value could not be read, so the default is in force.';

interface FieldNoteProps {
  id: string;
  errors: string[];
  saved: boolean;
  /** The field shows a default because its stored value could not be read. */
  fellBack?: boolean;
  /** What to say then, when the default is no value (a blank name). */
  fellBackNote?: string;
}

/**
 * The note under a control (which `aria-describedby` points at): its errors, or that its stored
 * value could not be read and the default shown is in force, or "Saved".
 */
export function FieldNote({ id, errors, saved, fellBack = false, fellBackNote = FELL_BACK_NOTE }: FieldNoteProps) {
  return (
    <span id={id} class="tl-opt-note" role={errors.length > 0 ? 'alert' : 'status'}>
      {errors.length > 0 ? (
        <span class="tl-opt-error">{errors.join('; ')}</span>
      ) : fellBack ? (
        <span class="tl-opt-fell-back">{fellBackNote}</span>
      ) : (
        saved && <span class="tl-opt-saved">Saved</span>
      )}
    </span>
  );
}

/** Ids for a field's control and its note. */
export function fieldIds(key: string): { control: string; note: string } {
  const id = `opt-${key.replaceAll('.', '-')}`;
  return { control: id, note: `${id}-note` };
}
