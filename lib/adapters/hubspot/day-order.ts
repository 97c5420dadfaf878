import type { PageLocale } from '../../locale/page-locale';
import { spacedText } from '../dom';
import { shownDateOrder } from '../shown-date-order';

/**
 * An English month name or its abbreviation as a whole word: a word that only starts like one
 * ("Decision maker bought-in", "Marketing contact status", "Junior") beside a number is no date.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\\.|(?![a-z]))';
const MONTH_FIRST = new RegExp(`\\b${MONTH} \\d{1,2}\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b\\d{1,2}\\.? ${MONTH}`, 'i');

/**
 * A portal prints every date in one order, the user's date format, which need not be the
 * language's (crm-evidence-2.md: "12 Mar 2025 at 3:04 PM GMT" en-GB style, properties
 * "dd/mm/yyyy"). README: a page whose visible dates show their order is read in that order
 * whatever its language tag says, so a numeric value that can only be one order ("15/09/2026")
 * wins over `<html lang>`. Where neither those nor the tag settle it ("en"), dates with a month
 * name elsewhere on the record do. Both orders seen settle nothing.
 */
export function withDayOrder(locale: PageLocale, root: Element): PageLocale {
  const shown = shownDateOrder(root);
  if (shown !== undefined) return shown === locale.dayFirst ? locale : { ...locale, dayFirst: shown };
  if (locale.dayFirst !== undefined) return locale;
  const text = spacedText(root);
  const monthFirst = MONTH_FIRST.test(text);
  const dayFirst = DAY_FIRST.test(text);
  return monthFirst === dayFirst ? locale : { ...locale, dayFirst };
}
