/** HubSpot prints an empty property as a dash (or nothing at all). */
const EMPTY = new Set(['', '-', '--', '—', '–']);

/** The value as shown, or undefined when the page shows it empty. */
export function shownValue(text: string | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value === undefined || EMPTY.has(value) ? undefined : value;
}
