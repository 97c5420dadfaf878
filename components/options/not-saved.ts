/**
 * The reason beside a field whose valid value the browser refused to store (storage full or
 * turned off): the change is not in force, so it must not look saved.
 */
export function notSaved(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error ?? '');
  return `Not saved: ${reason.trim() || 'the browser did not store it'}`;
}
