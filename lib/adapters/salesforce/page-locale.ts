import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { withPageDayOrder } from '../page-day-order';
import type { OrdersSeen } from '../shown-date-order';

/**
 * The page's locale, with the order of numeric dates settled by what the page shows
 * (withPageDayOrder): Salesforce prints dates in the user's locale setting, which need not be the
 * language's (an `en-US` page of a user with the English (United Kingdom) locale prints
 * 19/11/2026, "14:15" and "18 Nov"), and then its 03/04/2026 is 3 April. `placed`: what the
 * timeline's month groups show of the order (groupDayOrder).
 */
export function localeOfView(doc: Document, view: Element, placed?: OrdersSeen): PageLocale {
  return withPageDayOrder(pageLocaleOf(doc), view, placed);
}
