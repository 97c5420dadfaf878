import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';

const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/g;

/**
 * The page's locale, with the order of numeric dates settled by what the page shows when
 * `<html lang>` does not: a "19/11/2026" anywhere in the view means day first, an "11/19/2026"
 * month first. Left open when the page shows neither or both.
 */
export function localeOfView(doc: Document, view: Element): PageLocale {
  const locale = pageLocaleOf(doc);
  if (locale.dayFirst !== undefined) return locale;
  let dayFirst = false;
  let monthFirst = false;
  for (const m of (view.textContent ?? '').matchAll(NUMERIC_DATE)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dayFirst = true;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? locale : { ...locale, dayFirst };
}
