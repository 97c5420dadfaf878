/** A time of day as a date line prints it: "2:00", "14.00", "14h30", "14 h". */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{2}|\s?h)`;
const MERIDIEM = String.raw`\s?[ap]\.?\s?m\.?`;
/** "<date> 2:00 PM – 3:00 PM", "<date> um 14:00 – 15:00 Uhr", "<date> 2:00 – 3:00 PM": a start and an end time. */
const RANGE = new RegExp(String.raw`^(.*?${TIME})(${MERIDIEM})?\s*[–—-]\s*${TIME}(${MERIDIEM})?(?:\s*Uhr)?\.?$`, 'iu');

/**
 * A date segment showing its time as a range, the way a meeting with a duration is commonly
 * printed ("November 6, 2026 12:30 PM – 1:30 PM"): the activity is dated by its start, and an end
 * time's am/pm that the start leaves out is the start's too ("2:00 – 3:00 PM"). Other text as it is.
 */
export function rangeStart(segment: string): string {
  const m = segment.match(RANGE);
  if (!m?.[1]) return segment;
  return `${m[1]}${m[2] ?? m[3] ?? ''}`;
}
