import { rangeStart } from './time-range';

/** A time of day and nothing else ("4:15 PM", "16:15", "16.15 Uhr", "14h30"), a range's start standing for it. */
const TIME_ALONE = /^\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{2})(?:\s?[ap]\.?\s?m\.?)?(?:\s?Uhr)?$/iu;

/**
 * The text is a time of day alone, as an entry under its day's header shows its date ("4:15 PM ·
 * Jordan Blake" below "Yesterday"): no day, so no date by itself (day-header.ts).
 */
export function isTimeAlone(text: string): boolean {
  return TIME_ALONE.test(rangeStart(text.trim()));
}
