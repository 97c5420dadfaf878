import { monthNumber } from '../../locale/calendar-names';
import { fold } from '../../locale/fold';
import { readPageDate } from '../../locale/page-date';
import type { PageClock } from '../types';
import { headerAbove, OPENS_PART } from './header-above';
import { linesOf, lineText } from './lines';
import type { PageLanguage } from './page-locale';

/** The longest group header read ("Mittwoch, 18. November 2025" and a little more). */
const MOST_HEADER_CHARS = 40;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** A month and its year: "November 2025", "Oktober 2025", "November • 2025", "noviembre de 2025", with the group's count: "November 2025 (2)". */
const MONTH_YEAR = /^(\p{L}+)\.?\s*[•·,-]?\s*(?:de\s+)?((?:19|20)\d{2})(?:\s*\(\d+\))?$/u;

/**
 * The year a group header shows: a month and year ("November 2025") or a whole day with its year
 * ("Mittwoch, 18. November 2025"). An entry under it printing its day without a year ("18. Nov. um
 * 10:00") is of that year: the feed leaves the year to the header.
 */
export function headerYear(text: string, clock: PageClock, language: PageLanguage): number | undefined {
  if (!text || text.length > MOST_HEADER_CHARS) return undefined;
  const month = text.trim().match(MONTH_YEAR);
  if (month && monthNumber(fold(month[1] as string)) !== undefined) return Number(month[2]);
  const year = text.match(YEAR);
  if (!year) return undefined;
  const date = readPageDate(text, clock, language.locale);
  return date?.timePrecision === 'day' && !date.relativeTime ? Number(year[0]) : undefined;
}

/**
 * The year of the group header an entry stands under: the nearest header before it, past the
 * earlier entries of its group and through its ancestors (a group's list below the group's
 * header). An earlier group (holding a header of its own), a heading naming no year or a landmark
 * stands between: the entry's group shows no year, and no header further up is taken for it.
 * Each element's answer is kept for the reading, so the entries of a long group share their walk.
 */
export function yearHeaderAbove(el: Element, clock: PageClock, language: PageLanguage): number | undefined {
  return headerAbove('year-header-above', el, (previous) => saidBy(previous, clock, language));
}

/**
 * What an element before an entry says of the entry's year: a header's year, 'stop' (see
 * yearHeaderAbove; also a group header naming no year, "December" or "Today", the entry's own
 * group: a year further up is another group's), or nothing.
 */
function saidBy(el: Element, clock: PageClock, language: PageLanguage): number | 'stop' | 'nothing' {
  const lines = linesOf(el);
  const years = lines.map((line) => headerYear(lineText(line), clock, language));
  const [only] = years;
  if (lines.length === 1 && only !== undefined) return only;
  if (years.some((year) => year !== undefined)) return 'stop';
  const [line] = lines;
  if (lines.length === 1 && line && namesGroup(lineText(line), clock, language)) return 'stop';
  return el.matches(OPENS_PART) ? 'stop' : 'nothing';
}

/**
 * A heading the feed groups its entries under by when they happened, with or without its year and
 * its count ("November 2026 (2)", "Oktober", "Tuesday, November 17", "Today"): a section's heading
 * ("Details", "Focus") names no day (groups-beside.ts).
 */
export function namesFeedGroup(text: string, clock: PageClock, language: PageLanguage): boolean {
  const heading = text.trim().replace(/\s*\(\d+\)$/, '');
  return headerYear(heading, clock, language) !== undefined || namesGroup(heading, clock, language);
}

/** A group header naming no year: a month alone ("December", "Dezember") or a day ("Today", "Tuesday, November 17"). */
function namesGroup(text: string, clock: PageClock, language: PageLanguage): boolean {
  if (!text || text.length > MOST_HEADER_CHARS) return false;
  const month = text.trim().match(/^(\p{L}+)\.?$/u);
  if (month && monthNumber(fold(month[1] as string)) !== undefined) return true;
  const date = readPageDate(text, clock, language.locale);
  return date?.timePrecision === 'day' && !date.relativeTime;
}
