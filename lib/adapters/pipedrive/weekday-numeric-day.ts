import { numericOrder } from '../../locale/calendar-date';
import { weekdayNumberIn } from '../../locale/calendar-names';
import { languagesFor } from '../../locale/date-words';
import { fold } from '../../locale/fold';
import type { PageLocale } from '../../locale/page-locale';

/**
 * A weekday, then a day and month in numbers without a year, then perhaps a time: Pipedrive's short
 * dates ("Do., 15.10. 14:30", "jue, 15/10 14:30", "Thu, 10/15 2:30 PM"). The time may follow a
 * comma or a connector word ("15.10., 14:30", "um 14:30"). The day and month are what dates the item: read alone, the weekday
 * is last week's.
 */
const SHAPE =
  /(?<![\p{L}\p{N}])(\p{L}+)\.?,?\s+(\d{1,2})([./-])(\d{1,2})\.?(?![\d./-])((?:,?\s+(?:\p{L}{1,5}\s+){0,2}\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?(?!\p{L}))?)?)/giu;

export interface NumericDay {
  /** The shown weekday, 0 = Sunday. */
  weekday: number;
  /** The text as the page wrote it, from the weekday to the time. */
  shown: string;
  /** The same date in the year given, as lib/locale reads a numeric date with its year ("15.10.2026 14:30"). */
  inYear: (year: number) => string;
}

/** Such a date whose order nothing settles ("Thu, 10/11" on a page whose order is not known). */
export interface AmbiguousDay {
  ambiguous: true;
  shown: string;
}

/**
 * The first weekday followed by a numeric day and month in `text` (all of it, `whole`): the weekday
 * and the date to read in a year, the day first or the month first as the page's locale prints
 * them (lib/locale numericOrder: dots, or a number over 12, settle it). Ambiguous where nothing
 * settles the order: reported, never guessed.
 */
export function weekdayNumericDay(
  text: string,
  locale: PageLocale,
  whole: boolean,
): NumericDay | AmbiguousDay | undefined {
  for (const m of text.matchAll(SHAPE)) {
    const [shown, word, first, mark, second, time] = m as unknown as [string, string, string, string, string, string];
    if (whole && shown.trim() !== text.trim()) return undefined;
    const weekday = weekdayNumberIn(fold(word), languagesFor(locale));
    if (weekday === undefined) continue;
    // Read as a date of some year, so lib/locale's rule for that notation settles the order.
    const order = numericOrder(`${first}${mark}${second}${mark}2000`, locale.dayFirst);
    if (order === 'ambiguous' || order === undefined) return { ambiguous: true, shown };
    const [day, month] = order === 'day-first' ? [first, second] : [second, first];
    return { weekday, shown, inYear: (year) => `${day}.${month}.${year}${time}` };
  }
  return undefined;
}
