import type { PageClock } from '../types';
import { isDayHeader } from './day-header';
import { isDuration } from './duration';
import { SEGMENT } from './item-date';
import { piecesText } from './line-pieces';
import { hiddenByPage, linesOf, lineText, visibleText } from './lines';
import type { PageLanguage } from './page-locale';
import { isTimeAlone } from './time-alone';
import { hasTypeSignal } from './type-signals';
import type { Wording } from './wording';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The entries of a day's group found as one item. A feed grouped by day shows a header per day
 * ("Today", "Yesterday", "November 12") over that day's entries, each showing its time alone ("4:15
 * PM · Jordan Blake"). A time alone is no date, so the header is the group's only dated line, and
 * the group climbed to from it is one item (find-items.ts): titled by its header, its other entries
 * dropped. Its entries are what follows the header, on the header's level and its ancestors' up to
 * the item, and after the item (a flat list, headers and entries side by side), up to the next
 * element showing a date (`holdsDate`: the next day): each part that says what it is (a type
 * signal), a list of entries looked into. Only a header over an entry showing its time alone makes
 * a group, and only where the header stands apart (a heading, or the item's only text) or heads two
 * such entries: an entry whose day stands on a line of its own above its body stays one entry.
 * Undefined where the item is no day's group.
 */
export function dayGroupEntries(
  item: Element,
  carrier: Element,
  holdsDate: (el: Element) => boolean,
  clock: PageClock,
  language: PageLanguage,
): Element[] | undefined {
  if (!isDayHeader(carrier, clock, language)) return undefined;
  const { words } = language;
  const entries: Element[] = [];
  const beside = new Set<Element>();
  for (let node: Element | null = carrier; node; node = node === item ? null : node.parentElement)
    for (let next = node.nextElementSibling; next && !holdsDate(next); next = next.nextElementSibling) {
      beside.add(next);
      entries.push(...entriesIn(next, words));
    }
  const timed = entries.filter((entry) => showsTimeAlone(entry, words)).length;
  if (timed === 0) return undefined;
  // Entries found inside a list below the header (a `ul` of that day's entries) are the day's, even one alone.
  const listed = entries.some((entry) => !beside.has(entry));
  const apart = timed > 1 || listed || carrier.matches(HEADING) || visibleText(item) === visibleText(carrier);
  return apart ? entries : undefined;
}

/**
 * The entries an element after a day header holds: itself where it says what it is, else none; a
 * list of entries is looked into: two parts or more showing a time alone, each saying what it is,
 * or nothing but such parts (a day's list holding its one entry). An entry's own parts are not
 * all such: its time shows on one line, its subject and toggle on another.
 */
function entriesIn(el: Element, words: Wording): Element[] {
  if (hiddenByPage(el) || !hasTypeSignal(el, words)) return [];
  const children = Array.from(el.children).filter((child) => !hiddenByPage(child));
  const timed = children.filter((child) => showsTimeAlone(child, words));
  const list = timed.length >= 2 || (timed.length > 0 && timed.length === children.length);
  if (!list || !timed.every((child) => hasTypeSignal(child, words))) return [el];
  return children.flatMap((child) => entriesIn(child, words));
}

/** A line of the element has a segment that is a time of day alone, not a duration ("4:15 PM · Jordan Blake"). */
export function showsTimeAlone(el: Element, words: Wording): boolean {
  return linesOf(el).some((line) =>
    [lineText(line), piecesText(line)].some((shown) =>
      shown.split(SEGMENT).some((segment) => isTimeAlone(segment) && !isDuration(segment, words)),
    ),
  );
}
