import type { PageLocale } from '../../locale/page-locale';
import { withPageDayOrder } from '../page-day-order';

/**
 * A portal prints every date in one order, the user's date format, which need not be the
 * language's (crm-evidence-2.md: "12 Mar 2025 at 3:04 PM GMT" en-GB style, properties
 * "dd/mm/yyyy"). README: a page whose visible dates show their order is read in that order
 * whatever its language tag says (withPageDayOrder: numeric dates such as "15/09/2026", dates
 * with a month name, then clocks).
 */
export function withDayOrder(locale: PageLocale, root: Element): PageLocale {
  return withPageDayOrder(locale, root);
}
