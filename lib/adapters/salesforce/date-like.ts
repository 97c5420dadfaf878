import { monthNumber, weekdayNumber } from '../../locale/calendar-names';
import { dateWordsFor, languagesFor } from '../../locale/date-words';
import { fold } from '../../locale/fold';
import type { PageLocale } from '../../locale/page-locale';

/**
 * Whether a text tries to say a date, readable or not ("Nov 31", "3:15 PM | Nov 18", "yesterday"):
 * it holds a digit, or a month, weekday or day word in a language the page may be read in. A name
 * beside an item's subject ("Jordan Lee") does not, so it is never kept as the item's date text.
 */
export function looksLikeDate(text: string, locale: PageLocale): boolean {
  if (/\d/.test(text)) return true;
  const words = text.split(/[\s,.|·/-]+/).filter(Boolean);
  if (words.some((w) => monthNumber(w) !== undefined || weekdayNumber(w) !== undefined)) return true;
  const spaced = ` ${fold(text)} `;
  return languagesFor(locale).some((lang) => {
    const table = dateWordsFor(lang);
    return !!table && [...Object.keys(table.days), ...table.now].some((word) => spaced.includes(` ${fold(word)} `));
  });
}
