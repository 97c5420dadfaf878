const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. Timestamps are stored in
 * UTC; "the same day" (keys, merging a logged touch, day counts) always means the user's day.
 */
export function zonedDay(instant: Date | string, timeZone: string): string {
  const fixed = fixedOffsetMs(timeZone);
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (fixed !== undefined) return new Date(at.getTime() + fixed).toISOString().slice(0, 10);
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** `+02:00`-style zones (a page's "GMT+2", "EST") have a fixed offset; Intl knows only IANA names. */
function fixedOffsetMs(timeZone: string): number | undefined {
  const m = timeZone.match(/^([+-])(\d{2}):?(\d{2})$/);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : undefined;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant, asked of Intl each time. */
export function zoneOffsetAt(utcMs: number, timeZone: string): number {
  const fixed = fixedOffsetMs(timeZone);
  if (fixed !== undefined) return fixed;
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    clocks.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day ?? 1, part.hour ?? 0, part.minute ?? 0);
  return wall - Math.floor(utcMs / 60_000) * 60_000;
}

const DAY_MS = 86_400_000;
const QUARTER_MS = 15 * 60_000;

/**
 * One zone's offsets by the UTC day or quarter-hour (its first instant) that has one offset
 * throughout; NaN for a span whose offset changes, a day of which is then looked at by quarters.
 */
interface Spans {
  days: Map<number, number>;
  quarters: Map<number, number>;
}
const offsets = new Map<string, Spans>();
/** Spans remembered per zone before starting afresh: years of days, a bounded memory. */
const MAX_SPANS = 5_000;

/**
 * zoneOffsetAt for a minute, remembered per UTC day (or, on a day the offset changes, per
 * quarter-hour): formatToParts per row was most of the time a bulk import spent on dates. A span
 * whose first and last minute share an offset has it throughout, as no zone changes its offset
 * twice within a day; the quarter-hour holding a change is asked of Intl every time.
 */
export function rememberedOffsetAt(utcMs: number, timeZone: string): number {
  let spans = offsets.get(timeZone);
  if (!spans || spans.days.size + spans.quarters.size > MAX_SPANS) {
    spans = { days: new Map(), quarters: new Map() };
    offsets.set(timeZone, spans);
  }
  const minute = Math.floor(utcMs / 60_000) * 60_000;
  const day = spanOffset(spans.days, DAY_MS, minute, timeZone);
  if (!Number.isNaN(day)) return day;
  const quarter = spanOffset(spans.quarters, QUARTER_MS, minute, timeZone);
  return Number.isNaN(quarter) ? zoneOffsetAt(minute, timeZone) : quarter;
}

/** The one offset of the span of `size` holding `minute`, or NaN if it changes within; remembered. */
function spanOffset(known: Map<number, number>, size: number, minute: number, timeZone: string): number {
  const start = Math.floor(minute / size) * size;
  let offset = known.get(start);
  if (offset === undefined) {
    const first = zoneOffsetAt(start, timeZone);
    offset = first === zoneOffsetAt(start + size - 60_000, timeZone) ? first : Number.NaN;
    known.set(start, offset);
  }
  return offset;
}

/**
 * The instant a wall-clock time in a zone stands for (a time skipped by a daylight-saving change
 * moves forward, as clocks do). Plain Intl instead of a zone library: this runs in the content
 * script, which every CRM page loads and which must stay small. `offsetAt` is the remembered
 * offsets unless a test compares them with Intl asked each time.
 */
export function zonedTimeToUtc(
  day: { year: number; month: number; day: number },
  time: { hour: number; minute: number },
  timeZone: string,
  offsetAt: (utcMs: number, timeZone: string) => number = rememberedOffsetAt,
): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (second === first) return new Date(first);
  // The offset changed between the two guesses (a daylight-saving day): the second is right when
  // its wall clock shows the time asked for; a skipped time has no such instant and moves forward.
  if (offsetAt(second, timeZone) === wall - second) return new Date(second);
  return new Date(Math.max(first, second));
}
