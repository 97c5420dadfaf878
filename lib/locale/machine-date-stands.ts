import type { PageDate } from './read-date';

/** A date-only value, or one serialised at midnight UTC: "2026-11-19", "2026-11-19T00:00:00Z", "…T00:00:00.000+00:00". */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/i;

/**
 * Whether an element's machine-readable date (`<time datetime>`) stands over the date its text
 * shows. Web apps serialise a date-only value as midnight UTC ("2026-11-19T00:00:00Z" behind
 * "November 19, 2026"): read as an instant, it is 18 November in California, a day and a time of
 * day the page never showed. So where the value is such a day and the text shows a day without a
 * time, the text's day wins, keyed as printed (decisions.md); any other value is an instant the
 * page knew ("2 days ago" over "2026-11-18T14:05:00Z"), and stands, as it does over a text showing
 * a time or no readable date. `shown` is the text's reading, undefined or without a timestamp when
 * it has none.
 */
export function machineDateStands(
  value: string,
  shown: Partial<Pick<PageDate, 'timestamp' | 'timePrecision'>> | undefined,
): boolean {
  return !DAY_VALUE.test(value.trim()) || !shown?.timestamp || shown.timePrecision !== 'day';
}
