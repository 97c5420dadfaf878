import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { withPageDayOrder } from '../page-day-order';
import { type Wording, wordingFor } from './wording';

/** What a reader needs to know about the page's language: its locale and Pipedrive's words in it. */
export interface PageLanguage {
  locale: PageLocale;
  words: Wording;
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
  return { locale: root ? withPageDayOrder(locale, root) : locale, words: wordingFor(locale.lang) };
}
