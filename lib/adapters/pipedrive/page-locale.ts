import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';
import { type Wording, wordingFor } from './wording';

/** What a reader needs to know about the page's language: its locale and Pipedrive's words in it. */
export interface PageLanguage {
  locale: PageLocale;
  words: Wording;
}

/**
 * The page's locale from `<html lang>` (lib/locale). Where that leaves the order of numeric dates
 * open (bare `en`, no `lang`), what the page shows can settle it: Pipedrive prints every date in
 * one user format, so a shown 18/11/2026 means day first and 11/18/2026 month first. Otherwise
 * the order stays open and a date such as 03/04/2026 is reported, never guessed.
 */
export function pageLanguageOf(doc: Document, root: Element | null): PageLanguage {
  const locale = pageLocaleOf(doc);
  const dayFirst = locale.dayFirst ?? shownDayOrder(root?.textContent ?? '');
  return {
    locale: dayFirst === undefined ? locale : { ...locale, dayFirst },
    words: wordingFor(locale.lang),
  };
}

/** True when some numeric date can only be day first, false when only month first, else undefined. */
export function shownDayOrder(text: string): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dayFirst = true;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}
