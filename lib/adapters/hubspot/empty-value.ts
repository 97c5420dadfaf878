/** HubSpot prints an empty property as a dash (or nothing at all). */
const EMPTY = new Set(['', '-', '--', '—', '–']);

/** The value as shown, or undefined when the page shows it empty. */
export function shownValue(text: string | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value === undefined || EMPTY.has(value) ? undefined : value;
}

/**
 * Whether the text is HubSpot's dash for a property with no value: an empty text is not, for a
 * card still filling in shows its labels before their values.
 */
export function isEmptyMark(text: string): boolean {
  return text.trim() !== '' && shownValue(text) === undefined;
}
