import type { PageLocale } from '../../locale/page-locale';
import { spacedText } from '../dom';

/**
 * An English month name or its abbreviation as a whole word: a word that only starts like one
 * ("Decision maker bought-in", "Marketing contact status", "Junior") beside a number is no date.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\\.|(?![a-z]))';
const MONTH_FIRST = new RegExp(`\\b${MONTH} \\d{1,2}\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b\\d{1,2}\\.? ${MONTH}`, 'i');

/**
 * A numeric date standing as a value of its own, optionally with a time ("15/09/2026 10:00 AM").
 * Dots are always day first (calendar-date.ts), so a dotted date says nothing of the others' order.
 */
const VALUE_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})(?:\s+\d{1,2}[:.]\d{2}.*)?$/;

/**
 * A portal prints every date in one order, the user's date format, which need not be the
 * language's (crm-evidence-2.md: "12 Mar 2025 at 3:04 PM GMT" en-GB style, properties
 * "dd/mm/yyyy"). README: a page whose visible dates show their order is read in that order
 * whatever its language tag says, so a numeric value that can only be one order ("15/09/2026")
 * wins over `<html lang>`. Where neither those nor the tag settle it ("en"), dates with a month
 * name elsewhere on the record do. Both orders seen settle nothing.
 */
export function withDayOrder(locale: PageLocale, root: Element): PageLocale {
  const shown = shownNumericOrder(root);
  if (shown !== undefined) return shown === locale.dayFirst ? locale : { ...locale, dayFirst: shown };
  if (locale.dayFirst !== undefined) return locale;
  const text = spacedText(root);
  const monthFirst = MONTH_FIRST.test(text);
  const dayFirst = DAY_FIRST.test(text);
  return monthFirst === dayFirst ? locale : { ...locale, dayFirst };
}

/**
 * True when the record's numeric date values can only be day first, false when only month first,
 * else undefined. Only values count (a property, a timestamp, a part of one between commas or
 * dots): a date inside someone's words ("Could we meet on 23/11/2026?") follows its writer's habits.
 */
function shownNumericOrder(root: Element): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  // Text node by text node: `textContent` runs adjacent values together ("Morgan19/11/2026").
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const part of (node.textContent ?? '').split(/[,|•·]/)) {
      const m = part.replace(/\s+/g, ' ').trim().match(VALUE_DATE);
      if (!m) continue;
      if (Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst = true;
      if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}
