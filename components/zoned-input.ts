import { zonedTimeToUtc, zoneOffsetAt } from '../lib/zoned-day';

/**
 * An <input type="datetime-local"> holds a wall-clock time with no zone. The panel shows every
 * time in the user's zone setting, so the form fills and reads its wall clock there too, not in
 * the browser's zone (they differ for a user who set another zone).
 */
export function toZonedInputValue(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + zoneOffsetAt(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** The instant a `YYYY-MM-DDTHH:mm` value stands for in the zone; undefined for an empty or partial value. */
export function fromZonedInputValue(value: string, timeZone: string): Date | undefined {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return zonedTimeToUtc({ year, month, day }, { hour, minute }, timeZone);
}
