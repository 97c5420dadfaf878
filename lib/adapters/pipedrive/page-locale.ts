import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { withPageDayOrder } from '../page-day-order';
import { showsTwelveHourClock } from './shown-clock';
import { type Wording, wordingFor } from './wording';

/** What a reader needs to know about the page's language: its locale and Pipedrive's words in it. */
export interface PageLanguage {
  locale: PageLocale;
  words: Wording;
  /**
   * The page prints times of day on a 12-hour clock ("3:10 PM"), so a bare "1:02" beside a day is
   * no time of day but a length (a call's): as the page's own times show, else as the language
   * tag's region prints (shown-clock.ts). Asked only where such a time stands: found once.
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
    twelveHour ??= showsTwelveHourClock(root, locale.lang);
    return twelveHour;
  };
  return { locale: root ? withPageDayOrder(locale, root) : locale, words: wordingFor(locale.lang), twelveHourClock };
}
