import { machineDateStands } from '../../locale/machine-date-stands';
import { datedFields, findDateInText, isAmbiguousDate, type PageDate, readPageDate } from '../../locale/page-date';
import type { TimePrecision } from '../../schema/activity';
import { textOf } from '../dom';
import type { PageClock } from '../types';
import { isLengthBesideDay } from './clock-length';
import { isDuration } from './duration';
import { feedSectionStart } from './feed-section';
import { itemPart } from './item-parts';
import { piecesText } from './line-pieces';
import { isBlock, linesOf, lineText } from './lines';
import { namesNoDay } from './names-no-day';
import type { PageLanguage } from './page-locale';
import { fitsPlaceInFeed } from './place-in-feed';
import { SELECTORS } from './selectors';
import { inShownYear, numericDayInShownYear, type Tense } from './shown-year';
import { escapeRegExp, isWord, startsWithWord } from './text-match';
import { isTimeAlone } from './time-alone';
import { rangeStart } from './time-range';
import { type AmbiguousDay, type NumericDay, weekdayNumericDay } from './weekday-numeric-day';

export interface ItemDate {
  timestamp?: string;
  timePrecision?: TimePrecision;
  relativeTime?: true;
  dateText?: string;
  /**
   * Why the date the page shows is kept as text and reported, never guessed: a numeric date that
   * reads either way round (03/04/2026), a weekday that fits no year near now (shown-year.ts).
   */
  unread?: string;
  /** The line the date was found on and the segments of it after the date ("Casey Nguyen", "Lee Okafor"). */
  line?: Element;
  after?: string[];
  /** The segments of that line before the date ("Casey Nguyen · Nov 17, 2026 2:05 PM"). */
  before?: string[];
}

/** Pipedrive joins date, owner and person with " · "; other layouts use "|" or "•". */
export const SEGMENT = /\s+[·•|]\s+|\s*[·•|]\s*/;

/**
 * An item's date: the date element where the page marks one (`datetime` first, then its text),
 * else the first line of the item that holds a date, header before body (decisions.md). A line's
 * segments are tried whole first, so a subject that merely mentions a day does not win over the
 * meta line; only then is each line scanned for a date inside its text. A day shown without its
 * year takes the year of the group header above the item (`yearAbove`, year-header.ts), else is
 * placed by the item's tense (shown-year.ts). An item showing a time alone, or no date at all, is
 * dated by the day header it stands under, where there is one (`dayAbove`, day-header.ts).
 * A done activity showing when it was marked done ("Done: Nov 18 at 9:12 AM") is dated by that,
 * as an export's done time dates its row (csv-import/done-time.ts), on the class-marked page and
 * the stripped one alike; its other date line stays the owner's place.
 */
export function itemDate(
  item: Element,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  dayAbove: () => string | undefined = () => undefined,
  yearAbove: () => number | undefined = () => undefined,
): ItemDate {
  const year = yearAbove();
  const done = doneTime(item, clock, language, year);
  const shown = shownDate(item, clock, language, tense, dayAbove, year, done?.line);
  if (!done) return shown;
  const { line, after, before } = shown.line ? shown : done;
  return { ...dateOnly(done), line, after, before };
}

/** A date's instant and text, without the line it stood on. */
function dateOnly({ line: _line, after: _after, before: _before, unread: _unread, ...date }: ItemDate): ItemDate {
  return date;
}

/**
 * The line of a done activity saying when it was marked done ("Done: Nov 18 at 9:12 AM",
 * "Erledigt: 18. Nov. um 09:12": wording.ts `done`), read as a day of the past, outside the
 * item's note and body (the rep's words).
 */
function doneTime(item: Element, clock: PageClock, language: PageLanguage, year?: number): ItemDate | undefined {
  const { done } = language.words;
  for (const line of linesOf(item)) {
    if (line.closest(`${SELECTORS.activityNote}, ${SELECTORS.itemBody}`)) continue;
    const text = lineText(line);
    if (!startsWithWord(text, done)) continue;
    const found = dateInLine(withoutPrefix(text, done), clock, language, 'past', year);
    if (found?.timestamp) return { ...found, line };
  }
  return undefined;
}

/** The date the item shows as its own (itemDate), its done line (`doneLine`) left out. */
function shownDate(
  item: Element,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  dayAbove: () => string | undefined,
  year: number | undefined,
  doneLine: Element | undefined,
): ItemDate {
  const el = itemPart(item, SELECTORS.itemDate);
  const marked = el && !doneLine?.contains(el) ? fromElement(el, clock, language, tense, year) : undefined;
  if (marked?.timestamp || marked?.unread) return marked;
  // The page shows the item's date there and it cannot be read ("sometime"): a day found in the
  // rest of the item (the rep's note: "call back after Dec 5") is another day, never this one's.
  // A time alone there is the time of its day's header.
  if (el && marked?.dateText) {
    const time = marked.dateText;
    const onDay = isTimeAlone(time) ? onHeaderDay(dayAbove(), time, clock, language, tense, year) : undefined;
    return onDay ? { ...onDay, ...placeOf(el, time, language) } : unreadMarked(marked);
  }
  const lines = linesOf(item).filter((line) => line !== doneLine);
  const fits = (found: ItemDate, ahead = false) => fitsItsPlace(item, found, { clock, language, tense, year, ahead });
  const wholeDate = (line: Element) =>
    dateInLine(lineText(line), clock, language, tense, year) ??
    dateInLine(piecesText(line), clock, language, tense, year);
  for (const line of lines.filter((line) => !inProse(line))) {
    const found = wholeDate(line);
    if (found) return { ...found, line };
  }
  // The entry's own line shows its time alone: its date is its day header's at that time, before
  // any day its note or subject speaks of (decisions.md: "an item's date is looked for in its
  // header line before its body").
  const time = marked ? undefined : timeAloneLine(lines, language);
  const onHeader = time && atHeaderTime(time, dayAbove, clock, language, tense, year);
  if (onHeader) return onHeader;
  for (const line of lines.filter(inProse)) {
    const found = wholeDate(line);
    if (found && fits(found)) return { ...found, line };
  }
  // A date inside a line's text ("Logged Nov 3 at 2:00 PM", placed by its group's year as the entry
  // is): the entry's own where it fits its place, a day the item speaks of where it does not. On
  // the entry's own line it may lie a day ahead (a call due tomorrow, done today: metrics.md counts it done).
  for (const line of lines) {
    const found = dateInText(lineText(line), clock, language, tense, year);
    if (found && fits(found, !inProse(line))) return { ...found, line };
  }
  if (marked) return unreadMarked(marked);
  // A time alone with no day header over it is reported as the date not read.
  return (time ? undefined : onHeaderDayAlone(lines, dayAbove, clock, language, tense, year)) ?? unreadTimeText(lines);
}

/** In the item's note or body: the rep's or the mail's own words, never its date line. */
function inProse(line: Element): boolean {
  return line.closest(`${SELECTORS.activityNote}, ${SELECTORS.itemBody}`) !== null;
}

/**
 * A date found in the item's prose or inside a line's text, kept where it fits the item's place
 * among its neighbours' dates and its tense (place-in-feed.ts); one not read to an instant is kept.
 * `ahead`: on the entry's own line, a day after now may be its own (done before it was due), up to
 * a day ahead: a note's meeting next week is not.
 */
function fitsItsPlace(
  item: Element,
  found: ItemDate,
  {
    clock,
    language,
    tense,
    year,
    ahead,
  }: { clock: PageClock; language: PageLanguage; tense: Tense; year: number | undefined; ahead: boolean },
): boolean {
  if (!found.timestamp) return true;
  // The neighbours under the entry's month heading take its year, as the entry does (year-header.ts),
  // and a neighbour's day without a year is read as a done entry's is: up to a week ahead this year's.
  const dateOf = (line: Element) => {
    const date =
      dateInLine(lineText(line), clock, language, 'done', year) ??
      dateInLine(piecesText(line), clock, language, 'done', year);
    return date?.timestamp ? Date.parse(date.timestamp) : undefined;
  };
  const section = (el: Element) => feedSectionStart(el, clock, language);
  const at = Date.parse(found.timestamp);
  const mayBeAhead = tense === 'planned' || (ahead && at <= clock.now.getTime() + DAY_AHEAD_MS);
  return fitsPlaceInFeed(item, at, clock.now.getTime(), mayBeAhead, dateOf, section);
}

/** How far ahead an entry's own line may date a done entry: due tomorrow, done today. */
const DAY_AHEAD_MS = 24 * 60 * 60 * 1000;

/** An entry's own line showing its time alone ("4:15 PM · Jordan Blake"), split into its segments. */
interface TimeAlone {
  line: Element;
  segments: string[];
  /** Where the time stands among the segments. */
  index: number;
}

/**
 * The first of the entry's own lines showing a time alone, not a call's length. The rep's note or
 * the body may name a time ("back at 10:30"): only the entry's own lines date it.
 */
function timeAloneLine(lines: Element[], language: PageLanguage): TimeAlone | undefined {
  for (const line of lines.filter((line) => !inProse(line)))
    for (const shown of [lineText(line), piecesText(line)]) {
      const segments = shown.split(SEGMENT).map((s) => s.trim());
      const index = segments.findIndex((s) => isTimeAlone(s) && !isDuration(s, language.words));
      if (index >= 0) return { line, segments, index };
    }
  return undefined;
}

/**
 * An entry of a feed grouped by day showing its time alone ("4:15 PM · Jordan Blake" under
 * "Yesterday"): dated by its header's day at that time, its owner after the time. Without a
 * header, undefined: the time is reported as the date not read (unreadTimeText).
 */
function atHeaderTime(
  { line, segments, index }: TimeAlone,
  dayAbove: () => string | undefined,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year: number | undefined,
): ItemDate | undefined {
  const onDay = onHeaderDay(dayAbove(), segments[index] as string, clock, language, tense, year);
  if (!onDay) return undefined;
  const before = segments.slice(0, index).filter(Boolean);
  return { ...onDay, line, after: afterDate(segments.slice(index + 1), language), before };
}

/** An entry showing no date at all under a day header is of the header's day; one showing a time of day that could not be read is not. */
function onHeaderDayAlone(
  lines: Element[],
  dayAbove: () => string | undefined,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year: number | undefined,
): ItemDate | undefined {
  if (unreadTimeText(lines).dateText !== undefined) return undefined;
  const day = dayAbove();
  const onDay = day ? dateInLine(day, clock, language, tense, year) : undefined;
  return onDay && { ...onDay, after: [], before: [] };
}

/** The header's day at the entry's time ("Yesterday" and "4:15 PM"), as the page would print them in one line. */
function onHeaderDay(
  day: string | undefined,
  time: string,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year: number | undefined,
): ItemDate | undefined {
  const found = day ? dateInLine(`${day} · ${time}`, clock, language, tense, year) : undefined;
  if (!found) return undefined;
  const { after: _after, before: _before, ...date } = found;
  return date;
}

/**
 * The page marks the item's date but shows none the reader can parse ("sometime", "—", or
 * nothing): kept as the page wrote it and reported (contracts.md), never silently undated.
 */
function unreadMarked(marked: ItemDate): ItemDate {
  const unread = marked.dateText ? `could not read the date "${marked.dateText}"` : "the item's date is empty";
  return { ...marked, unread };
}

/** A time of day ("16:40", "4:40 PM", "16.40 Uhr"): what a feed entry's date segment shows beside its day; never an amount ("€ 12.50"). */
const TIME_OF_DAY = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/;

/**
 * No line holds a date the reader can parse: the first short segment showing a time of day is the
 * date as the page wrote it ("Igår 16:40" on a Swedish page), kept as text and reported
 * (contracts.md), never dropped. An item showing no date at all is reported too: kept undated in
 * silence, the reading would claim to be whole.
 */
function unreadTimeText(lines: Element[]): ItemDate {
  for (const line of lines)
    for (const segment of lineText(line).split(SEGMENT)) {
      const text = segment.trim();
      if (text.length <= 40 && TIME_OF_DAY.test(text) && !/\p{Sc}/u.test(text))
        return { dateText: text, unread: `could not read the date "${text}"`, line };
    }
  return { unread: 'the item shows no date' };
}

/**
 * The date element's `datetime`, except a date-only value (midnight UTC) behind a text showing a
 * day: that day (machine-date-stands.ts: midnight UTC is another day in the Americas).
 */
function fromElement(
  el: Element,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year: number | undefined,
): ItemDate {
  const text = textOf(el);
  const place = placeOf(el, text, language);
  // The element may hold a word before its date ("Logged Nov 18, 2026 2:05 PM", "Abgeschlossen am
  // 18. November 2026"): its own text is scanned as a line's is before its date is called unread.
  const found = text
    ? (dateInLine(text, clock, language, tense, year) ?? dateInText(text, clock, language, tense, year))
    : undefined;
  const attr = el.getAttribute('datetime');
  const fromAttr = attr && machineDateStands(attr, found) ? readPageDate(attr, clock, language.locale) : undefined;
  if (fromAttr) return { ...fromAttr, dateText: text || attr || undefined, ...place };
  return found ? { ...found, dateText: text, ...place } : text ? { dateText: text } : {};
}

/**
 * The first run of `text` that reads as a date, wherever it stands ("Logged call 3 nov. 2026"). A
 * weekday followed by a numeric day ("Do., 15.10. 14:30") is that day, or reported: never the
 * weekday alone, which lib/locale's scan reads as last week's.
 */
function dateInText(
  text: string,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year?: number,
): ItemDate | undefined {
  const found = findDateInText(text, clock, language.locale);
  const numeric = weekdayNumericDay(text, language.locale, false);
  if (numeric && (!found || text.indexOf(numeric.shown) <= text.indexOf(found.match)))
    return numericDate(numeric, numeric.shown.trim(), clock, language, year);
  return found ? inYear(found.match, found, found.match, clock, language, tense, year) : undefined;
}

/** A weekday and numeric day without a year (weekday-numeric-day.ts) in its year (shown-year.ts), else reported. */
function numericDate(
  day: NumericDay | AmbiguousDay,
  dateText: string,
  clock: PageClock,
  language: PageLanguage,
  year: number | undefined,
): ItemDate {
  if ('ambiguous' in day) return { dateText, unread: `the date "${dateText}" reads either way round` };
  const shown = numericDayInShownYear(day, clock, language.locale, year);
  return 'reason' in shown ? { dateText, unread: shown.reason } : { ...datedFields(shown), dateText };
}

/** The line a date element sits on and the segments around it, where the owner follows the date. */
function placeOf(el: Element, text: string, language: PageLanguage): Pick<ItemDate, 'line' | 'after' | 'before'> {
  let line: Element = el;
  while (!isBlock(line) && line.parentElement) line = line.parentElement;
  const around = segmentsAround(lineText(line), text, language);
  return { line, ...(around.after.length > 0 ? around : segmentsAround(piecesText(line), text, language)) };
}

function segmentsAround(shown: string, text: string, language: PageLanguage): { after: string[]; before: string[] } {
  const segments = shown.split(SEGMENT).map((s) => s.trim());
  const index = segments.findIndex((s) => s.includes(text) || (s !== '' && text.includes(s)));
  if (index < 0) return { after: [], before: [] };
  // The element may hold several segments ("Nov 17, 2026 · 3:10 PM"): the owner follows its last.
  let last = index;
  while (last + 1 < segments.length && text.includes(segments[last + 1] as string)) last++;
  return { after: afterDate(segments.slice(last + 1), language), before: segments.slice(0, index).filter(Boolean) };
}

/**
 * The first ` · `-separated segment of a line that is a date as a whole, with the segments after it.
 * `year`: the year of the group header above the item, for a day shown without one.
 */
export function dateInLine(
  text: string,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year?: number,
): ItemDate | undefined {
  if (!text || text.length > 160) return undefined;
  const segments = text.split(SEGMENT).map((s) => s.trim());
  for (const [index, segment] of segments.entries()) {
    const bare = rangeStart(withoutPrefix(segment, language.words.datePrefixes));
    if (!/\d|[\p{L}]{3,}/u.test(bare)) continue;
    const numeric = weekdayNumericDay(bare, language.locale, true);
    if (numeric) {
      // Its time may stand as a segment of its own ("Do., 15.10. · 14:30").
      const time = segments[index + 1];
      const timed =
        !('ambiguous' in numeric) && time && isTimeSegment(time, language)
          ? weekdayNumericDay(`${bare} ${time}`, language.locale, true)
          : undefined;
      const [day, used, shown] = timed && time ? [timed, 2, shownFrom(text, segment, time)] : [numeric, 1, bare];
      return {
        ...numericDate(day, shown, clock, language, year),
        after: afterDate(segments.slice(index + used), language),
        before: segments.slice(0, index).filter(Boolean),
      };
    }
    if (isAmbiguousDate(bare, language.locale))
      return { dateText: bare, unread: `the date "${bare}" reads either way round` };
    if (namesNoDay(bare, clock, language)) return { dateText: bare, unread: `could not read the date "${bare}"` };
    const date = readPageDate(bare, clock, language.locale);
    if (!date) continue;
    const time = segments[index + 1];
    const timed = time ? withTimeSegment(bare, date, time, clock, language) : undefined;
    if (timed && time)
      return {
        ...inYear(`${bare} ${time}`, timed, shownFrom(text, segment, time), clock, language, tense, year),
        after: afterDate(segments.slice(index + 2), language),
        before: segments.slice(0, index).filter(Boolean),
      };
    return {
      ...inYear(bare, date, segment, clock, language, tense, year),
      after: afterDate(segments.slice(index + 1), language),
      before: segments.slice(0, index).filter(Boolean),
    };
  }
  return undefined;
}

/** The longest time-of-day segment pages print beside a day ("3:10 PM GMT+2", "15:10 Uhr"). */
const MOST_TIME_CHARS = 20;

/**
 * A day followed by its time of day as a segment of its own ("Nov 17, 2026 · 3:10 PM · Casey
 * Nguyen"): read together, the item is dated to the minute and the time is not taken for its owner.
 */
function withTimeSegment(
  day: string,
  date: PageDate,
  time: string,
  clock: PageClock,
  language: PageLanguage,
): PageDate | undefined {
  if (date.timePrecision !== 'day' || date.relativeTime || !isTimeSegment(time, language)) return undefined;
  const joined = readPageDate(`${day} ${time}`, clock, language.locale);
  return joined?.timePrecision === 'minute' ? joined : undefined;
}

/** A segment showing a time of day alone, as pages print one beside a day; never an amount or a call's length. */
function isTimeSegment(time: string, language: PageLanguage): boolean {
  return (
    time.length <= MOST_TIME_CHARS &&
    TIME_OF_DAY.test(time) &&
    !/\p{Sc}/u.test(time) &&
    !isLengthBesideDay(time, language)
  );
}

/** The page's own text from a day's segment to its time's, separator and all ("Nov 17, 2026 · 3:10 PM"). */
function shownFrom(text: string, day: string, time: string): string {
  const start = text.indexOf(day);
  const end = text.indexOf(time, start + day.length);
  return start >= 0 && end >= 0 ? text.slice(start, end + time.length) : `${day} ${time}`;
}

/**
 * The segments after a date that say who (owner, person), without the activity's duration ("Nov 17 ·
 * 30 min · Casey") or a status mark beside the date ("Nov 17 · Overdue · Casey", "18 nov. · Vencida",
 * "Received"): wording.ts lists those words as states, and a state is never a name.
 */
function afterDate(segments: string[], language: PageLanguage): string[] {
  const { words } = language;
  const marks = [...words.planned, ...words.done, ...words.received, ...words.sent];
  return segments.filter((s) => s && !isDuration(s, words) && !isLengthBesideDay(s, language) && !isWord(s, marks));
}

/**
 * A date read from `text`, in the year a header above shows or its tense gives a day shown without
 * one; `dateText` as the page wrote it.
 */
function inYear(
  text: string,
  read: PageDate,
  dateText: string,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
  year?: number,
): ItemDate {
  const shown = inShownYear(text, read, clock, language.locale, tense, year);
  return 'reason' in shown ? { dateText, unread: shown.reason } : { ...datedFields(shown), dateText };
}

const prefixPatterns = new WeakMap<readonly string[], RegExp>();

/** The segment without a leading "Due", "Fällig:", "Échéance" (the page language's date prefixes). */
function withoutPrefix(segment: string, prefixes: readonly string[]): string {
  let pattern = prefixPatterns.get(prefixes);
  if (!pattern) {
    pattern = new RegExp(`^(?:${prefixes.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])\\s*:?\\s*`, 'iu');
    prefixPatterns.set(prefixes, pattern);
  }
  const m = segment.match(pattern);
  return m && m[0].length < segment.length ? segment.slice(m[0].length) : segment;
}
