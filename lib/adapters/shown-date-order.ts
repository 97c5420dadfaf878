/**
 * A numeric date standing as a value of its own: slashes and dashes, optionally with a time.
 * Dots are always day first (calendar-date.ts), so a dotted date says nothing of the order of the
 * page's others.
 */
const VALUE_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})(?:\s+\d{1,2}[:.]\d{2}.*)?$/;

/**
 * The order of numeric dates the page's values show: true when they can only be day first
 * ("19/11/2026"), false when only month first ("11/19/2026"), undefined when they show neither or
 * both. CRMs print dates in the user's date format, which need not be the language's, so this wins
 * over `<html lang>`. Only values count (a field, a cell, a part of one between commas, bars or
 * dots: "Alex Morgan, 9/28/2026, 4:10 PM"): a date inside someone's words ("Could we meet on
 * 23/11/2026?" in an email) follows its writer's habits, not the page's.
 */
export function shownDateOrder(root: Element): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  // Text node by text node: `textContent` runs adjacent cells together ("Morgan19/11/2026").
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
