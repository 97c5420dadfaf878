import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { spacedText } from '../dom';

/**
 * Numeric dates whose order is a convention of the locale: slashes and dashes. Dots are always day
 * first (calendar-date.ts), so a dotted date says nothing of the order of the page's others.
 */
const NUMERIC_DATE = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})\b/g;

/**
 * The page's locale, with the order of numeric dates settled by what the page shows: a
 * "19/11/2026" anywhere in the view means day first, an "11/19/2026" month first. What the page
 * shows wins over `<html lang>`: Salesforce prints dates in the user's locale setting, which need
 * not be the language's (an `en-US` page of a user with the English (United Kingdom) locale prints
 * 19/11/2026), and then its 03/04/2026 is 3 April. A page showing neither order, or both, keeps the
 * order its language gives, or none.
 */
export function localeOfView(doc: Document, view: Element): PageLocale {
  const locale = pageLocaleOf(doc);
  let dayFirst = false;
  let monthFirst = false;
  // Text node by text node: `textContent` runs adjacent cells together ("Morgan19/11/2026"), and
  // a date glued to a word has no word boundary to match at.
  for (const m of spacedText(view).matchAll(NUMERIC_DATE)) {
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst = true;
    if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? locale : { ...locale, dayFirst };
}
