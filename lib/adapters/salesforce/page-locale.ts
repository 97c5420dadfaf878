import { type PageLocale, pageLocaleOf } from '../../locale/page-locale';

/**
 * A numeric date standing as a value of its own: slashes and dashes, optionally with a time.
 * Dots are always day first (calendar-date.ts), so a dotted date says nothing of the order of the
 * page's others.
 */
const VALUE_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})(?:\s+\d{1,2}[:.]\d{2}.*)?$/;

/**
 * The page's locale, with the order of numeric dates settled by what the page shows: a
 * "19/11/2026" printed as a value means day first, an "11/19/2026" month first. What the page
 * shows wins over `<html lang>`: Salesforce prints dates in the user's locale setting, which need
 * not be the language's (an `en-US` page of a user with the English (United Kingdom) locale prints
 * 19/11/2026), and then its 03/04/2026 is 3 April. Only values count (a field, a cell, a due date,
 * a comma- or bar-separated part of one: "Alex Morgan, 9/28/2026, 4:10 PM"): a date inside
 * someone's words ("Could we meet on 23/11/2026?" in an email) follows its writer's habits, not
 * the page's. A page showing neither order, or both, keeps the order its language gives, or none.
 */
export function localeOfView(doc: Document, view: Element): PageLocale {
  const locale = pageLocaleOf(doc);
  let dayFirst = false;
  let monthFirst = false;
  // Text node by text node: `textContent` runs adjacent cells together ("Morgan19/11/2026").
  const walker = doc.createTreeWalker(view, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const part of (node.textContent ?? '').split(/[,|•·]/)) {
      const m = part.replace(/\s+/g, ' ').trim().match(VALUE_DATE);
      if (!m) continue;
      if (Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst = true;
      if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? locale : { ...locale, dayFirst };
}
