import { isAmbiguousDate } from '../../locale/page-date';
import { textOf } from '../dom';
import { isDateLine } from './page-date';
import type { ReadingContext } from './reading-context';
import { inRecord } from './scope';

const TEXT_NODE = 3;

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
  return isDateLine(text, context.clock, context.locale) && !endsInItsOwnDateLine(el, context);
}

/**
 * "<span>Task</span> <span>Due: Nov 24 at 9:00 AM</span>" reads as a date as a whole ("Task Due:"
 * passes for the label before a date, page-date.ts), yet it is a header line holding its date line:
 * the last element in it is a date line of its own and all that comes before sits in elements.
 * That element is the date line; the header's type stays before it (find-items.ts).
 */
function endsInItsOwnDateLine(el: Element, context: ReadingContext): boolean {
  const said = Array.from(el.children).filter((child) => textOf(child));
  const last = said[said.length - 1];
  if (!last || said.length < 2) return false;
  const loose = Array.from(el.childNodes).some((node) => node.nodeType === TEXT_NODE && node.textContent?.trim());
  return !loose && isDateLine(textOf(last), context.clock, context.locale);
}

/** "Today at <b>2:26 PM</b>" is one date line even with markup inside. */
function onlyInline(el: Element): boolean {
  return Array.from(el.children).every(
    (c) => /^(?:B|STRONG|EM|I|SPAN|ABBR|TIME)$/.test(c.tagName) && c.children.length === 0,
  );
}
