/**
 * The language a CRM page is printed in, from `<html lang>` (BCP 47, e.g. `de-DE`), and whether
 * numeric dates on it are day first. `dayFirst` is undefined when nothing on the page says: a
 * numeric date such as 03/04/2026 is then ambiguous and must not be guessed.
 */
export interface PageLocale {
  lang: string;
  dayFirst?: boolean;
}

export function pageLocaleOf(doc: Document): PageLocale {
  const lang = doc.documentElement.getAttribute('lang')?.trim() || 'en';
  return { lang };
}
