import { datedFields, findDateInText, isAmbiguousDate, type PageDate, readPageDate } from '../../locale/page-date';
import type { TimePrecision } from '../../schema/activity';
import { textOf } from '../dom';
import type { PageClock } from '../types';
import { isDuration } from './duration';
import { itemPart } from './item-parts';
import { isBlock, linesOf, lineText } from './lines';
import type { PageLanguage } from './page-locale';
import { SELECTORS } from './selectors';
import { inShownYear, type Tense } from './shown-year';
import { escapeRegExp } from './text-match';
import { rangeStart } from './time-range';

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
}

/** Pipedrive joins date, owner and person with " · "; other layouts use "|" or "•". */
const SEGMENT = /\s+[·•|]\s+|\s*[·•|]\s*/;

/**
 * An item's date: the date element where the page marks one (`datetime` first, then its text),
 * else the first line of the item that holds a date, header before body (decisions.md). A line's
 * segments are tried whole first, so a subject that merely mentions a day does not win over the
 * meta line; only then is each line scanned for a date inside its text. A day shown without its
 * year is placed by the item's tense (shown-year.ts).
 */
export function itemDate(item: Element, clock: PageClock, language: PageLanguage, tense: Tense): ItemDate {
  const el = itemPart(item, SELECTORS.itemDate);
  const marked = el ? fromElement(el, clock, language, tense) : undefined;
  if (marked?.timestamp || marked?.unread) return marked;
  const lines = linesOf(item);
  for (const line of lines) {
    const found = dateInLine(lineText(line), clock, language, tense);
    if (found) return { ...found, line };
  }
  for (const line of lines) {
    const found = findDateInText(lineText(line), clock, language.locale);
    if (found) return { ...inYear(found.match, found, found.match, clock, language, tense), line };
  }
  return marked ? unreadMarked(marked) : unreadTimeText(lines);
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
 * (contracts.md), never dropped.
 */
function unreadTimeText(lines: Element[]): ItemDate {
  for (const line of lines)
    for (const segment of lineText(line).split(SEGMENT)) {
      const text = segment.trim();
      if (text.length <= 40 && TIME_OF_DAY.test(text) && !/\p{Sc}/u.test(text))
        return { dateText: text, unread: `could not read the date "${text}"`, line };
    }
  return {};
}

function fromElement(el: Element, clock: PageClock, language: PageLanguage, tense: Tense): ItemDate {
  const text = textOf(el);
  const attr = el.getAttribute('datetime');
  const fromAttr = attr ? readPageDate(attr, clock, language.locale) : undefined;
  const place = placeOf(el, text, language);
  if (fromAttr) return { ...fromAttr, dateText: text || attr || undefined, ...place };
  const found = text ? dateInLine(text, clock, language, tense) : undefined;
  return found ? { ...found, dateText: text, ...place } : text ? { dateText: text } : {};
}

/** The line a date element sits on and the segments after it, where the owner follows the date. */
function placeOf(el: Element, text: string, language: PageLanguage): Pick<ItemDate, 'line' | 'after'> {
  let line: Element = el;
  while (!isBlock(line) && line.parentElement) line = line.parentElement;
  const segments = lineText(line)
    .split(SEGMENT)
    .map((s) => s.trim());
  const index = segments.findIndex((s) => s.includes(text) || (s !== '' && text.includes(s)));
  return { line, after: index >= 0 ? afterDate(segments.slice(index + 1), language) : [] };
}

/** The first ` · `-separated segment of a line that is a date as a whole, with the segments after it. */
export function dateInLine(text: string, clock: PageClock, language: PageLanguage, tense: Tense): ItemDate | undefined {
  if (!text || text.length > 160) return undefined;
  const segments = text.split(SEGMENT).map((s) => s.trim());
  for (const [index, segment] of segments.entries()) {
    const bare = rangeStart(withoutPrefix(segment, language.words.datePrefixes));
    if (!/\d|[\p{L}]{3,}/u.test(bare)) continue;
    if (isAmbiguousDate(bare, language.locale))
      return { dateText: bare, unread: `the date "${bare}" reads either way round` };
    const date = readPageDate(bare, clock, language.locale);
    if (date)
      return {
        ...inYear(bare, date, segment, clock, language, tense),
        after: afterDate(segments.slice(index + 1), language),
      };
  }
  return undefined;
}

/** The segments after a date that say who (owner, person), without the activity's duration ("Nov 17 · 30 min · Casey"). */
function afterDate(segments: string[], language: PageLanguage): string[] {
  return segments.filter((s) => s && !isDuration(s, language.words));
}

/** A date read from `text`, in the year its tense gives a day shown without one; `dateText` as the page wrote it. */
function inYear(
  text: string,
  read: PageDate,
  dateText: string,
  clock: PageClock,
  language: PageLanguage,
  tense: Tense,
): ItemDate {
  const shown = inShownYear(text, read, clock, language.locale, tense);
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
