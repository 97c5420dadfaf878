import { isAmbiguousDate } from '../../locale/page-date';
import { textOf } from '../dom';
import { isDateLine } from './page-date';
import type { ReadingContext } from './reading-context';
import { inRecord } from './scope';

/** Longer text is a sentence that mentions a date, not an item's date line. */
const MAX_DATE_TEXT = 60;

/**
 * Elements of the record whose whole text is a date or time ("Oct 24, 2026 at 3:05 AM", "Gestern
 * um 16:45", `<time datetime>`): each timeline item shows one in its header line. Property values
 * are found too; the item finder leaves those out by their shape.
 */
export function dateAnchors(root: Element, context: ReadingContext): Element[] {
  const anchors: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!isDateElement(el, context)) continue;
    // Document order: a date nested in an earlier date line can only be inside the last one found.
    if (anchors[anchors.length - 1]?.contains(el)) continue;
    if (inRecord(el, root)) anchors.push(el);
  }
  return anchors;
}

export function isDateElement(el: Element, context: ReadingContext): boolean {
  if (el.tagName === 'TIME') return true;
  if (el.children.length > 0 && !onlyInline(el)) return false;
  const text = textOf(el);
  if (text.length < 3 || text.length > MAX_DATE_TEXT) return false;
  // An ambiguous numeric date is still an item's date line: the item is read, its date kept as text.
  if (/^\d/.test(text) && isAmbiguousDate(text, context.locale)) return true;
  return isDateLine(text, context.clock, context.locale);
}

/** "Today at <b>2:26 PM</b>" is one date line even with markup inside. */
function onlyInline(el: Element): boolean {
  return Array.from(el.children).every(
    (c) => /^(?:B|STRONG|EM|I|SPAN|ABBR|TIME)$/.test(c.tagName) && c.children.length === 0,
  );
}
