/**
 * Every date on the team page in one format, "Nov 18, 2026": the format lib/metrics/zoned-days.ts
 * (`formatDate`) writes into the sentences the page shows from lib (the retention notice's day, a
 * warning's "further than Nov 18, 2026"), so that a day reads the same in a sentence, a table
 * header, a follow-up and the import's preview. A month's name, not its number: the import's
 * preview is where a manager checks that 03/04/2026 was read in the file's order.
 */
const DATE = { month: 'short', day: 'numeric', year: 'numeric' } as const;
const DATE_TIME = { ...DATE, hour: 'numeric', minute: '2-digit' } as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and shape: making one costs far more than formatting (a list of overdue steps formats hundreds). */
function format(options: typeof DATE | typeof DATE_TIME, timeZone: string): Intl.DateTimeFormat {
  const key = `${options === DATE ? 'date' : 'time'} ${timeZone}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formats.set(key, made);
  }
  return made;
}

/** An instant's day in the given zone (the user's setting, or the import's clock): "Nov 18, 2026". */
export function teamDate(instant: Date | string, timeZone: string): string {
  return format(DATE, timeZone).format(new Date(instant));
}

/** A calendar day `YYYY-MM-DD` (a week's Monday, a step's due day) as teamDate prints a day: no zone shifts it. */
export function teamDay(day: string): string {
  return teamDate(`${day}T00:00:00Z`, 'UTC');
}

/** An instant with its time of day in the given zone: "Nov 18, 2026, 2:30 PM". */
export function teamDateTime(instant: Date | string, timeZone: string): string {
  return format(DATE_TIME, timeZone).format(new Date(instant));
}
