/** A time of day as a date line prints it: "2:00", "14.00", "14h30", "14 h". */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{2}|\s?h)`;
const MERIDIEM = String.raw`\s?[ap]\.?\s?m\.?`;
/** "<date> 2:00 PM – 3:00 PM", "<date> um 14:00 – 15:00 Uhr", "<date> 2:00 – 3:00 PM": a start and an end time. */
const RANGE = new RegExp(
  String.raw`^(.*?(${TIME}))(${MERIDIEM})?\s*[–—-]\s*(${TIME})(${MERIDIEM})?(?:\s*Uhr)?\.?$`,
  'iu',
);

/**
 * A date segment showing its time as a range, the way a meeting with a duration is commonly
 * printed ("November 6, 2026 12:30 PM – 1:30 PM"): the activity is dated by its start, and an end
 * time's am/pm that the start leaves out is the start's too ("2:00 – 3:00 PM"), unless that would
 * put the start after the end ("11:00 – 12:00 PM" starts at 11 AM). Other text as it is.
 */
export function rangeStart(segment: string): string {
  const m = segment.match(RANGE);
  if (!m?.[1]) return segment;
  const [, start, startTime, startMeridiem, endTime, endMeridiem] = m;
  if (startMeridiem || !endMeridiem) return `${start}${startMeridiem ?? ''}`;
  const pm = /p/i.test(endMeridiem);
  const after = hourOf(startTime as string, pm) > hourOf(endTime as string, pm);
  return `${start} ${after === pm ? 'AM' : 'PM'}`;
}

/** The hour of "11:30" read with the given half of the day, 0–23 ("12" is noon or midnight). */
function hourOf(time: string, pm: boolean): number {
  return (Number.parseInt(time, 10) % 12) + (pm ? 12 : 0);
}
