import type { ReadResult } from '../schema/read-result';

/** Timestamps to the day: see readingFingerprint. */
const toTheDay = (key: string, value: unknown) =>
  key === 'timestamp' && typeof value === 'string' ? value.slice(0, 10) : value;

/**
 * What two readings are compared by. Timestamps count to the day only: one resolved from a
 * relative date ("5 minutes ago") drifts with the clock and is no change, while an item whose
 * date is corrected or drawn late is one (a reading does not say which dates were relative).
 */
export function readingFingerprint(result: ReadResult): string {
  return JSON.stringify(result, toTheDay);
}
