import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { withPageDayOrder } from '../page-day-order';
import { shownDateOrder } from '../shown-date-order';
import { type Wording, wordingFor } from './wording';

/** What a reader needs to know about the page's language: its locale and Pipedrive's words in it. */
export interface PageLanguage {
  locale: PageLocale;
  words: Wording;
  /**
   * The page prints times of day on a 12-hour clock ("3:10 PM"), so a bare "1:02" beside a day is
   * no time of day but a length (a call's). Asked only where such a time stands: found once.
   */
  twelveHourClock: () => boolean;
}

/**
 * The page's locale from `<html lang>` (lib/locale), with the order of numeric dates settled by
 * the dates the page shows as values (withPageDayOrder): Pipedrive prints every date in the user's
 * date format, a setting apart from the interface language, so a shown 18/11/2026 means day first
 * whatever the tag says (README). A date inside someone's words (an email body) settles nothing.
 * Where nothing settles it, a date such as 03/04/2026 is reported, never guessed.
 */
export function pageLanguageOf(doc: Document, root: Element | null): PageLanguage {
  const locale = pageLocaleOf(doc);
  let twelveHour: boolean | undefined;
  const twelveHourClock = () => {
    twelveHour ??= clockOf(locale, root);
    return twelveHour;
  };
  return { locale: root ? withPageDayOrder(locale, root) : locale, words: wordingFor(locale.lang), twelveHourClock };
}

/**
 * Whether the page's clock is a 12-hour one: the times it prints beside its dates say so where they
 * show one kind only ("9:15 AM", or "14:15"; the user's locale setting, apart from the language),
 * else the language tag's region does (en-US prints "3:10 PM", de-DE "15:10").
 */
function clockOf(locale: PageLocale, root: Element | null): boolean {
  const shown = root ? shownDateOrder(root) : undefined;
  if (shown && shown.twelveHour !== shown.pastNoon24) return shown.twelveHour;
  try {
    return new Intl.DateTimeFormat(locale.lang, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  } catch {
    return false;
  }
}
