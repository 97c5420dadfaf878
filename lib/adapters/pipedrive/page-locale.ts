import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { shownDateOrder } from '../shown-date-order';
import { type Wording, wordingFor } from './wording';

/** What a reader needs to know about the page's language: its locale and Pipedrive's words in it. */
export interface PageLanguage {
  locale: PageLocale;
  words: Wording;
}

/**
 * The page's locale from `<html lang>` (lib/locale), with the order of numeric dates settled by
 * the dates the page shows as values (shownDateOrder): Pipedrive prints every date in the user's
 * date format, a setting apart from the interface language, so a shown 18/11/2026 means day first
 * whatever the tag says (README). A date inside someone's words (an email body) settles nothing.
 * A page showing neither order, or both, keeps its language's order, or none: a date such as
 * 03/04/2026 is then reported, never guessed.
 */
export function pageLanguageOf(doc: Document, root: Element | null): PageLanguage {
  const locale = pageLocaleOf(doc);
  const dayFirst = root ? shownDateOrder(root) : undefined;
  return {
    locale: dayFirst === undefined ? locale : { ...locale, dayFirst },
    words: wordingFor(locale.lang),
  };
}
