import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { shownDateOrder } from '../shown-date-order';

/**
 * The page's locale, with the order of numeric dates settled by what the page shows
 * (shownDateOrder): Salesforce prints dates in the user's locale setting, which need not be the
 * language's (an `en-US` page of a user with the English (United Kingdom) locale prints
 * 19/11/2026), and then its 03/04/2026 is 3 April. A page showing neither order, or both, keeps
 * the order its language gives, or none.
 */
export function localeOfView(doc: Document, view: Element): PageLocale {
  const locale = pageLocaleOf(doc);
  const dayFirst = shownDateOrder(view);
  return dayFirst === undefined ? locale : { ...locale, dayFirst };
}
