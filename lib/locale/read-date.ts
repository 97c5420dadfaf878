import type { PageClock } from '../adapters/types';
import type { TimePrecision } from '../schema/activity';
import { zonedTimeToUtc } from '../zoned-day';
import { numericOrder, readCalendarDay } from './calendar-date';
import { type CalendarDay, calendarDay } from './calendar-day';
import { languagesFor } from './date-words';
import { fold } from './fold';
import { alternatives, datePatterns } from './language-patterns';
import type { PageLocale } from './page-locale';
import { type DateTense, readCountedDate, readNamedDay } from './relative-date';
import { isClockTime, type TimeOfDay, takeTimeOfDay } from './time-of-day';
import { goesByAt } from './zones';

/**
 * A date read from a page: the instant in UTC and whether the page showed a time of day.
 * `relativeTime`: the time of day was worked out from a count ("3 hours ago"), so it moves
 * between readings: it orders and compares items, and the item is keyed by its day.
 */
export interface PageDate {
  timestamp: string;
  timePrecision: TimePrecision;
  relativeTime?: true;
}

/** What a reading keeps of a page date: its instant, precision and, for a counted time, that mark. */
export function datedFields(date: PageDate): PageDate {
  return {
    timestamp: date.timestamp,
    timePrecision: date.timePrecision,
    ...(date.relativeTime ? { relativeTime: true } : {}),
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/;
/** The widest offset any zone has (UTC+14), minutes within an hour. */
const ISO_OFFSET = /^[+-](?:(?:0\d|1[0-3]):?[0-5]\d|14:?00)$/;
const MOST_WORDS = 10;
const MOST_CHARS = 80;
const MOST_WORDS_WITHOUT_DIGIT = 5;
const NUMERIC_IN_TEXT = /(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{2,4}(?![\d/.-])/;

/**
 * Reads one date/time as a CRM prints it in the page's locale (absolute, relative, with zone
 * suffixes). Undefined when the text is not a date, or is ambiguous (see `isAmbiguousDate`).
 * A date alone is the start of that day in the clock's zone, with precision `day`. `tense` places
 * a weekday named alone ("Monday 10:00 AM", relative-date.ts); unknown, it is read as the past.
 */
export function readPageDate(
  raw: string,
  clock: PageClock,
  locale?: PageLocale,
  tense?: DateTense,
): PageDate | undefined {
  const date = readDateOrNoDay(raw, clock, locale, tense);
  return date === 'no day' ? undefined : date;
}

/**
 * `readPageDate`, telling a count that names no day ("2 sett. fa", "vorige maand": relative-date.ts)
 * from text that is no date: a scan for dates (find-date.ts) reads no part of the former as one.
 */
export function readDateOrNoDay(
  raw: string,
  clock: PageClock,
  locale?: PageLocale,
  tense?: DateTense,
): PageDate | 'no day' | undefined {
  if (raw.length > MOST_CHARS) return undefined;
  const text = fold(raw).replace(/[.,;:\s]+$/, '');
  if (!text || !plausible(text)) return undefined;
  const iso = text.match(ISO);
  if (iso) return readIso(iso, clock);
  const langs = languagesFor(locale);
  const counted = readCountedDate(text, clock, langs);
  if (counted === 'no day') return counted;
  if (counted)
    return 'instant' in counted ? { ...minute(counted.instant), relativeTime: true } : startOf(counted.day, clock);
  const taken = takeTimeOfDay(text);
  if (taken === 'invalid') return undefined;
  const rest = (taken ? taken.rest : text).replace(/[,|·•]|(?<= |^)[-–](?= |$)/g, ' ').replace(/\s+/g, ' ');
  const connectors = connectorsOf(langs);
  const dayIn = (dayClock: PageClock) =>
    readNamedDay(rest.replace(connectors.atEdges, '').trim(), dayClock, langs, tense) ??
    readCalendarDay(rest.replace(connectors.anywhere, ' ').trim(), dayClock, locale?.dayFirst);
  if (taken) return onPrintedDay(taken.time, clock, dayIn);
  const day = dayIn(clock);
  return day && day !== 'ambiguous' ? startOf(day, clock) : undefined;
}

/**
 * A time on the day the text names, both in the zone it prints: "Today at 5:10 PM GMT-5" is today
 * in GMT-5, which is yesterday still in New York when it is already tomorrow in Berlin; without a
 * zone, in the clock's. An abbreviation several zones go by ("IST") is the browser's own zone
 * where that is its name at that moment (Irish summer time in Dublin), else its usual reading.
 */
function onPrintedDay(
  time: TimeOfDay,
  clock: PageClock,
  dayIn: (dayClock: PageClock) => CalendarDay | 'ambiguous' | undefined,
): PageDate | undefined {
  if (time.zoneName) {
    const own = dayIn(clock);
    const instant = own && own !== 'ambiguous' ? zonedTimeToUtc(own, time, clock.timeZone) : undefined;
    if (instant && goesByAt(time.zoneName, clock.timeZone, instant)) return minute(instant);
  }
  const printed = time.zone ? { ...clock, timeZone: time.zone } : clock;
  const day = dayIn(printed);
  return day && day !== 'ambiguous' ? at(day, time, printed) : undefined;
}

/**
 * The longest dates pages print have about eight words ("terça-feira, 3 de novembro de 2026 às
 * 14:30"), and those without a digit five ("il y a quelques secondes"): longer text is no date.
 */
function plausible(text: string): boolean {
  const words = text.split(' ').length;
  return words <= MOST_WORDS && (words <= MOST_WORDS_WITHOUT_DIGIT || /\d/.test(text));
}

/** A numeric date whose order the page does not settle (03/04/2026 with no locale signal). */
export function isAmbiguousDate(raw: string, locale?: PageLocale): boolean {
  const found = fold(raw).match(NUMERIC_IN_TEXT)?.[0];
  return !!found && numericOrder(found, locale?.dayFirst) === 'ambiguous';
}

/** An export's ISO date and time; a time or offset no clock shows ("25:00", "+02:75") is no date. */
function readIso(m: RegExpMatchArray, clock: PageClock): PageDate | undefined {
  const [year, month, day, hour, minuteOfHour] = m.slice(1, 6).map(Number) as number[];
  if (!isClockTime(hour as number, minuteOfHour as number, Number(m[6] ?? 0))) return undefined;
  if (m[7] && m[7] !== 'z' && !ISO_OFFSET.test(m[7])) return undefined;
  const zone = m[7] === 'z' ? '+00:00' : m[7]?.replace(/(\d{2})(\d{2})$/, '$1:$2');
  const d = calendarDay(year as number, month as number, day as number);
  return d && at(d, { hour: hour as number, minute: minuteOfHour as number, ...(zone ? { zone } : {}) }, clock);
}

function at(day: CalendarDay, time: TimeOfDay, clock: PageClock): PageDate | undefined {
  const instant = zonedTimeToUtc(day, time, time.zone ?? clock.timeZone);
  return Number.isNaN(instant.getTime()) ? undefined : minute(instant);
}

function minute(instant: Date): PageDate {
  return { timestamp: instant.toISOString(), timePrecision: 'minute' };
}

function startOf(day: CalendarDay, clock: PageClock): PageDate {
  return { timestamp: zonedTimeToUtc(day, { hour: 0, minute: 0 }, clock.timeZone).toISOString(), timePrecision: 'day' };
}

interface Connectors {
  atEdges: RegExp;
  anywhere: RegExp;
}

const connectorCache = new Map<string, Connectors>();

/** The languages' connector words, at a text's edges ("Gestern um") or anywhere ("3 de noviembre de 2026"). */
function connectorsOf(langs: string[]): Connectors {
  const key = langs.join();
  let found = connectorCache.get(key);
  if (!found) {
    const words = alternatives(langs.flatMap((l) => datePatterns(l)?.connectors ?? []));
    found = {
      atEdges: new RegExp(`^(?:(?:${words}) )+|(?: (?:${words}))+$`, 'g'),
      anywhere: new RegExp(`(?<= |^)(?:${words})(?= |$)`, 'g'),
    };
    connectorCache.set(key, found);
  }
  return found;
}
