import { today } from '../../locale/calendar-day';
import { type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { zoneOffset } from '../../locale/zones';
import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';

/** A leading label such as "Due:", "Fällig:", "Échéance :" (any language: words, then a colon). */
const PREFIX = /^[^\d:]{1,25}:\s+(?=\S)/;
const ZONE_SUFFIX = /^(.*\d.*?)\s+\(?((?:utc|gmt)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[a-z]{3,5})\)?$/i;

/**
 * Whether a date is of something done (the timeline's history), planned (an upcoming item, an open
 * task, a deal's expected close) or either (a meeting: held, or booked ahead in the same feed).
 */
export type Tense = 'past' | 'planned' | 'either';

/** A month as a group heading of the timeline names it ("December 2026"); `month` 1–12. */
export interface ShownMonth {
  year: number;
  month: number;
}

/** How a day shown without its year is read: by its tense, or in the year its month's group heading names. */
export interface YearlessDay {
  tense: Tense;
  /** "December 2026" above the item: its December days without a year are of 2026, whatever the tense. */
  group?: ShownMonth | undefined;
}

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
  day: Tense | YearlessDay = 'past',
): PageDate | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const bare = text.replace(PREFIX, '');
  for (const candidate of bare === text ? [text] : [text, bare]) {
    const direct = readDay(candidate, clock, locale, day);
    if (direct) return direct;
    const zoned = candidate.match(ZONE_SUFFIX);
    if (!zoned) continue;
    const offset = offsetZone(zoned[2] as string);
    if (offset === null) continue;
    const found = readDay(zoned[1] as string, offset ? { ...clock, timeZone: offset } : clock, locale, day);
    if (found) return found;
  }
  return undefined;
}

/** Where a timestamp line's date ends and a state begins: "Nov 10 at 9:00 AM · Overdue", "Nov 10, 2026 (Overdue)". */
const STATE_BREAK = /\s*[·|•]\s*|\s*\((?![^)]*\d)[^)]*\)\s*/;

/**
 * An item's timestamp line: its whole text as a date, else the first of its parts between
 * separators or around a bracketed word that is one. HubSpot adds the item's state to the line
 * ("Due: Nov 10 at 9:00 AM · Overdue"); that word must not leave the item undated.
 */
export function readItemDate(
  raw: string,
  clock: PageClock,
  locale?: PageLocale,
  day: Tense | YearlessDay = 'past',
): PageDate | undefined {
  const whole = readHubSpotDate(raw, clock, locale, day);
  if (whole) return whole;
  for (const part of stateParts(raw)) {
    const found = readHubSpotDate(part, clock, locale, day);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether a text is a date line: a date, or a date with its state after it ("Due: Nov 10 · Overdue").
 * A line that only ends in a date ("Logged call · Nov 18") is a header holding one, not a date line.
 */
export function isDateLine(raw: string, clock: PageClock, locale?: PageLocale): boolean {
  const leading = stateParts(raw)[0];
  return (
    readHubSpotDate(raw, clock, locale) !== undefined ||
    (leading !== undefined && readHubSpotDate(leading, clock, locale) !== undefined)
  );
}

/** The line's parts around its state words; none when it has no separator. */
function stateParts(raw: string): string[] {
  const parts = raw.split(STATE_BREAK).filter((part) => part.trim());
  return parts.length === 1 && parts[0] === raw ? [] : parts;
}

/**
 * HubSpot leaves the year out for dates of the current year, ahead as well as behind ("Aug 28 at
 * 9:45 AM", crm-evidence-2.md). lib/locale reads such a day as the latest one not after tomorrow:
 * right for the history, wrong for what may lie ahead ("Due: Nov 24" seen on 20 Nov is in four
 * days, not a year ago; so is a meeting booked for then). Such a day is this year's, behind or
 * ahead: the text is read with the year written after it, which reads nothing where it has a year
 * of its own or is relative ("Tomorrow"). The heading of the day's month group ("December 2026",
 * read on 3 January 2027) names the year outright, unless it puts something done after tomorrow
 * (a page contradicting itself): then lib/locale's reading stands.
 */
function readDay(
  text: string,
  clock: PageClock,
  locale: PageLocale | undefined,
  day: Tense | YearlessDay,
): PageDate | undefined {
  const { tense, group } = typeof day === 'string' ? { tense: day, group: undefined } : day;
  const headed = group ? readPageDate(`${text} ${group.year}`, clock, locale) : undefined;
  if (headed && group && Number(zonedDay(headed.timestamp, clock.timeZone).slice(5, 7)) === group.month) {
    if (tense !== 'past') return headed;
    const latest = readPageDate(text, clock, locale);
    return !latest || headed.timestamp <= latest.timestamp ? headed : latest;
  }
  const thisYear = tense !== 'past' ? readPageDate(`${text} ${today(clock).year}`, clock, locale) : undefined;
  return thisYear ?? readPageDate(text, clock, locale);
}

/** The instant alone (properties such as "Create date"), as ISO UTC. */
export function parseHubSpotDate(
  raw: string,
  clock: PageClock,
  locale?: PageLocale,
  tense: Tense = 'past',
): string | undefined {
  return readHubSpotDate(raw, clock, locale, tense)?.timestamp;
}

/** "+05:00"-style zone for a known abbreviation, '' for an unknown one (use the clock's), null if not a zone. */
function offsetZone(abbreviation: string): string | null {
  const known = zoneOffset(abbreviation);
  if (known !== undefined) return known;
  return /^[a-z]{2,4}t$/.test(abbreviation.toLowerCase().replace(/\s/g, '')) ? '' : null;
}

/** A calendar date ("Dec 15, 2026", "12/15/2026") as YYYY-MM-DD, independent of the user's zone. */
export function parseHubSpotDay(
  raw: string,
  clock: PageClock,
  locale?: PageLocale,
  tense: Tense = 'past',
): string | undefined {
  return parseHubSpotDate(raw, { now: clock.now, timeZone: 'UTC' }, locale, tense)?.slice(0, 10);
}
