import { parsePageDate } from '../adapters/dates';
import type { PageClock } from '../adapters/types';
import type { TimePrecision } from '../schema/activity';
import type { PageLocale } from './page-locale';

/** A date read from a page: the instant in UTC and whether the page showed a time of day. */
export interface PageDate {
  timestamp: string;
  timePrecision: TimePrecision;
}

/**
 * Reads one date/time as a CRM prints it in the page's locale (absolute, relative, with zone
 * suffixes). Undefined when the text is not a date, or is ambiguous (see `isAmbiguousDate`).
 */
export function readPageDate(raw: string, clock: PageClock, locale?: PageLocale): PageDate | undefined {
  const timestamp = parsePageDate(raw, clock, locale?.dayFirst ?? false);
  if (!timestamp) return undefined;
  return { timestamp, timePrecision: /\d:\d\d/.test(raw) ? 'minute' : 'day' };
}

/** The first run of an item's text that parses as a date/time (segments split on `·`, `|`, `,`, "at", "à", "um"). */
export function findDateInText(
  text: string,
  clock: PageClock,
  locale?: PageLocale,
): (PageDate & { match: string }) | undefined {
  for (const part of text.split(/\s*[·|•]\s*/)) {
    const date = readPageDate(part, clock, locale);
    if (date) return { ...date, match: part };
  }
  return undefined;
}

/** A numeric date whose order the page does not settle (03/04/2026 with no locale signal). */
export function isAmbiguousDate(raw: string, locale?: PageLocale): boolean {
  const m = raw.match(/\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/);
  return !!m && locale?.dayFirst === undefined && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}
