/** The note under a control: its errors (which `aria-describedby` points at) or "Saved". */
export function FieldNote({ id, errors, saved }: { id: string; errors: string[]; saved: boolean }) {
  return (
    <span id={id} class="tl-opt-note" role={errors.length > 0 ? 'alert' : 'status'}>
      {errors.length > 0 ? (
        <span class="tl-opt-error">{errors.join('; ')}</span>
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
