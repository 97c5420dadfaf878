/**
 * The language a CRM page is printed in, from `<html lang>` (BCP 47, e.g. `de-DE`), and whether
 * numeric dates on it are day first. `dayFirst` is undefined when nothing on the page says: a
 * numeric date such as 03/04/2026 is then ambiguous and must not be guessed.
 */
export interface PageLocale {
  lang: string;
  dayFirst?: boolean;
}

/** Regions whose English prints the month first; bare `en` settles nothing (US and UK pages both use it). */
const MONTH_FIRST_ENGLISH = new Set(['US', 'PH']);
const DAY_FIRST_ENGLISH = new Set(['GB', 'IE', 'AU', 'NZ', 'IN']);
/** Languages that print numeric dates day first in every region. */
const DAY_FIRST_LANGUAGES = new Set(['de', 'fr', 'es', 'pt', 'nl', 'it']);

export function pageLocaleOf(doc: Document): PageLocale {
  const root = doc.documentElement;
  const lang = root?.getAttribute('lang') || root?.getAttribute('xml:lang') || doc.body?.getAttribute('lang');
  return pageLocaleFor(lang ?? '');
}

/** A page locale from a language tag as pages write it ("de-de", "pt_BR", " fr "). */
export function pageLocaleFor(tag: string): PageLocale {
  const m = tag.trim().match(/^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?(?:[-_].*)?$/i);
  if (!m) return { lang: 'en' };
  const language = (m[1] as string).toLowerCase();
  const region = m[2]?.toUpperCase();
  const lang = region ? `${language}-${region}` : language;
  if (DAY_FIRST_LANGUAGES.has(language)) return { lang, dayFirst: true };
  if (language === 'en' && region && MONTH_FIRST_ENGLISH.has(region)) return { lang, dayFirst: false };
  if (language === 'en' && region && DAY_FIRST_ENGLISH.has(region)) return { lang, dayFirst: true };
  return { lang };
}

/**
 * Whether the tag's order is that of its language's own locales, which print a 24-hour clock:
 * a page in that language showing "9:15 AM" is printed in the locale of another country, whose
 * order the language does not tell (Spanish is month first in the United States, day first in
 * Mexico). English's day-first regions print "3:04 PM" themselves (crm-evidence-2.md).
 */
export function orderOfTwentyFourHourLocales(locale: PageLocale): boolean {
  return locale.dayFirst === true && DAY_FIRST_LANGUAGES.has(languageOf(locale));
}

/** The language part of a page locale's tag (`de` for `de-AT`). */
export function languageOf(locale: PageLocale | undefined): string {
  return (locale?.lang ?? 'en').split('-')[0]?.toLowerCase() || 'en';
}
