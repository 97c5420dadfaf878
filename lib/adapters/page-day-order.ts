import { orderOfTwentyFourHourLocales, type PageLocale } from '../locale/page-locale';
import { type OrdersSeen, shownDateOrder } from './shown-date-order';

/**
 * The page's locale with the order of its numeric dates settled by what the page shows, before
 * its language tag: CRMs print dates in the user's locale setting, which need not be the
 * language's (Salesforce's language "English" is `en-US` whatever the locale; an English (United
 * Kingdom) locale prints 05/12/2026 for 5 December, "14:15" and "18 Nov"). In turn:
 * 1. numeric dates that can only be one order ("19/11/2026"): the order itself, in plain sight;
 *    with them, those the caller knows the month of (`placed`: a Salesforce timeline's "6/11/2026"
 *    under "November • 2026" is day first), each as plain as a "19/11/2026";
 * 2. failing those, dates with a month name ("18 Nov", "Nov 18"), which the same setting prints;
 * 3. clocks beside dates (weaker): only 24-hour times, some past noon ("14:15"), are no US-style
 *    locale's; only 12-hour ones ("9:15 AM") on a page whose language prints a 24-hour clock at
 *    home say its locale is another country's, whose order the tag does not tell;
 * 4. the tag's order (pageLocaleFor), or none.
 * Dates of one kind showing both orders settle nothing, not even the tag's order: the page's
 * ambiguous dates are then reported, never guessed.
 */
export function withPageDayOrder(locale: PageLocale, root: Element, placed?: OrdersSeen): PageLocale {
  const shown = shownDateOrder(root);
  const numeric = placed ? bothSeen(shown.numeric, placed) : shown.numeric;
  for (const seen of [numeric, shown.named]) {
    const order = orderOf(seen);
    if (order === 'both') return unsettled(locale);
    if (order !== undefined) return { ...locale, dayFirst: order };
  }
  if (shown.pastNoon24 && !shown.twelveHour) return { ...locale, dayFirst: true };
  if (shown.twelveHour && !shown.pastNoon24 && orderOfTwentyFourHourLocales(locale)) return unsettled(locale);
  return locale;
}

/** Day first (true), month first (false), both or neither. */
function orderOf({ dayFirst, monthFirst }: OrdersSeen): boolean | 'both' | undefined {
  if (dayFirst && monthFirst) return 'both';
  return dayFirst || monthFirst ? dayFirst : undefined;
}

function bothSeen(a: OrdersSeen, b: OrdersSeen): OrdersSeen {
  return { dayFirst: a.dayFirst || b.dayFirst, monthFirst: a.monthFirst || b.monthFirst };
}

function unsettled({ dayFirst: _, ...locale }: PageLocale): PageLocale {
  return locale;
}
