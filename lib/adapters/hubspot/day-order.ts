import type { PageLocale } from '../../locale/page-locale';
import { spacedText } from '../dom';

/**
 * An English month name or its abbreviation as a whole word: a word that only starts like one
 * ("Decision maker bought-in", "Marketing contact status", "Junior") beside a number is no date.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\\.|(?![a-z]))';
const MONTH_FIRST = new RegExp(`\\b${MONTH} \\d{1,2}\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b\\d{1,2}\\.? ${MONTH}`, 'i');

/**
 * A portal prints every date in one order (crm-evidence-2.md: "Aug 28 at 9:45 AM" en-US,
 * "12 Mar 2025 at 3:04 PM GMT" en-GB). When `<html lang>` leaves the order open ("en"), dates
 * with a month name elsewhere on the record settle it for numeric ones; both orders seen settle nothing.
 */
export function withDayOrder(locale: PageLocale, root: Element): PageLocale {
  if (locale.dayFirst !== undefined) return locale;
  const text = spacedText(root);
  const monthFirst = MONTH_FIRST.test(text);
  const dayFirst = DAY_FIRST.test(text);
  return monthFirst === dayFirst ? locale : { ...locale, dayFirst };
}
