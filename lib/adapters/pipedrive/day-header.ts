import { isAmbiguousDate, readPageDate } from '../../locale/page-date';
import type { PageClock } from '../types';
import { isDated } from './dated-line';
import { headerAbove, OPENS_PART } from './header-above';
import { linesOf, lineText } from './lines';
import type { PageLanguage } from './page-locale';
import { hasTypeSignal } from './type-signals';

/** The longest day header read ("Tuesday, November 17, 2026" and a little more). */
const MOST_DAY_CHARS = 40;

/**
 * A day header of a feed grouped by day ("Today", "Yesterday", "November 12", "Tuesday, November
 * 17"): a line whose whole text is a day, with no time of day and nothing else beside it. A day
 * whose order the page does not settle ("03/04/2026") is a header too: its entries' dates are then
 * reported as such.
 */
export function isDayHeader(line: Element, clock: PageClock, language: PageLanguage): boolean {
  return isDayText(lineText(line), clock, language);
}

/** A day header's text: a day alone, as isDayHeader asks of a line. */
export function isDayText(text: string, clock: PageClock, language: PageLanguage): boolean {
  if (!text || text.length > MOST_DAY_CHARS) return false;
  if (isAmbiguousDate(text, language.locale)) return true;
  const date = readPageDate(text, clock, language.locale);
  return date?.timePrecision === 'day' && !date.relativeTime;
}

/**
 * The day header an entry stands under, as the page wrote it: the nearest one before it, past the
 * earlier entries of its day (each says what it is, a type signal, and shows no date of its own)
 * and through its ancestors (a group's list of entries below the group's header). What shows a
 * date of its own (an earlier day's group, an entry dated in full), a heading that names no day or
 * a landmark stands between: the entry's day is not shown, and no header further up is taken for
 * it. Each element's answer is kept for the reading, so the entries of a long day share their walk.
 */
export function dayHeaderAbove(el: Element, clock: PageClock, language: PageLanguage): string | undefined {
  return headerAbove('day-header-above', el, (previous) => saidBy(previous, clock, language));
}

/** What an element before an entry says of the entry's day: a header's day, 'stop' (see dayHeaderAbove), or nothing. */
function saidBy(el: Element, clock: PageClock, language: PageLanguage): string | 'stop' | 'nothing' {
  const lines = linesOf(el);
  const [only] = lines;
  if (only && lines.length === 1 && isDayHeader(only, clock, language) && !hasTypeSignal(el, language.words))
    return lineText(only);
  if (lines.some((line) => isDated(line, clock, language))) return 'stop';
  if (el.matches(OPENS_PART) || el.querySelector(OPENS_PART))
    return hasTypeSignal(el, language.words) ? 'nothing' : 'stop';
  return 'nothing';
}
