import { today } from '../../locale/calendar-day';
import { type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { zoneOffset } from '../../locale/zones';
import type { PageClock } from '../types';

/** A leading label such as "Due:", "Fällig:", "Échéance :" (any language: words, then a colon). */
const PREFIX = /^[^\d:]{1,25}:\s+(?=\S)/;
const ZONE_SUFFIX = /^(.*\d.*?)\s+\(?((?:utc|gmt)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[a-z]{3,5})\)?$/i;

/** Whether a date is of something done (the timeline's history) or planned (an upcoming item, an open task). */
export type Tense = 'past' | 'planned';

/**
 * HubSpot timeline times in the portal's locale ("Nov 18, 2026 at 3:15 PM EST", "Due: Tomorrow
 * at 9:00 AM", "10 sept. 2026 à 11:53 GMT+2") with whether a time of day was shown. A trailing
 * zone is honoured when known; an unknown one is dropped and the time read in the user's zone
 * (HubSpot shows times in the user's zone). A day without a year is read by
 * `tense` (see `readDay`). Undefined when unparsable or ambiguous.
 */
export function readHubSpotDate(
  raw: string,
  clock: PageClock,
  locale?: PageLocale,
  tense: Tense = 'past',
): PageDate | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const bare = text.replace(PREFIX, '');
  for (const candidate of bare === text ? [text] : [text, bare]) {
    const direct = readDay(candidate, clock, locale, tense);
    if (direct) return direct;
    const zoned = candidate.match(ZONE_SUFFIX);
    if (!zoned) continue;
    const offset = offsetZone(zoned[2] as string);
    if (offset === null) continue;
    const found = readDay(zoned[1] as string, offset ? { ...clock, timeZone: offset } : clock, locale, tense);
    if (found) return found;
  }
  return undefined;
}

/**
 * HubSpot leaves the year out for dates of the current year, ahead as well as behind ("Aug 28 at
 * 9:45 AM", crm-evidence-2.md). lib/locale reads such a day as the latest one not after tomorrow:
 * right for the history, wrong for what is planned ("Due: Nov 24" seen on 20 Nov is in four days,
 * not a year ago). A planned day is this year's, overdue or ahead: the text is read with the year
 * written after it, which reads nothing where it has a year of its own or is relative ("Tomorrow").
 */
function readDay(text: string, clock: PageClock, locale: PageLocale | undefined, tense: Tense): PageDate | undefined {
  const thisYear = tense === 'planned' ? readPageDate(`${text} ${today(clock).year}`, clock, locale) : undefined;
  return thisYear ?? readPageDate(text, clock, locale);
}

/** The instant alone (properties such as "Create date"), as ISO UTC. */
export function parseHubSpotDate(raw: string, clock: PageClock, locale?: PageLocale): string | undefined {
  return readHubSpotDate(raw, clock, locale)?.timestamp;
}

/** "+05:00"-style zone for a known abbreviation, '' for an unknown one (use the clock's), null if not a zone. */
function offsetZone(abbreviation: string): string | null {
  const known = zoneOffset(abbreviation);
  if (known !== undefined) return known;
  return /^[a-z]{2,4}t$/.test(abbreviation.toLowerCase().replace(/\s/g, '')) ? '' : null;
}

/** A calendar date ("Dec 15, 2026", "12/15/2026") as YYYY-MM-DD, independent of the user's zone. */
export function parseHubSpotDay(raw: string, clock: PageClock, locale?: PageLocale): string | undefined {
  return parseHubSpotDate(raw, { now: clock.now, timeZone: 'UTC' }, locale)?.slice(0, 10);
}
