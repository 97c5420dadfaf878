import { languagesFor } from '../../locale/date-words';
import { fold } from '../../locale/fold';
import { readCountedDate } from '../../locale/relative-date';
import type { PageClock } from '../types';
import type { PageLanguage } from './page-locale';

/**
 * A count of weeks, months or years ("2 weeks ago", "vor einem Monat", "il y a 2 ans"): a date
 * as the page shows it that names no day (relative-date.ts), so it is the item's date, unread,
 * never a reason to look for a day elsewhere in the item.
 */
export function namesNoDay(text: string, clock: PageClock, language: PageLanguage): boolean {
  const folded = fold(text).replace(/[.,;:\s]+$/, '');
  return readCountedDate(folded, clock, languagesFor(language.locale)) === 'no day';
}
