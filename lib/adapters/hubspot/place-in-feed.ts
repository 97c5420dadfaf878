import { follows, textOf } from '../dom';
import { dateAnchors } from './date-anchors';
import { readItemDate } from './page-date';
import type { ReadingContext } from './reading-context';
import { TIMELINE } from './selectors';

/** Slack for neighbours dated to the day only, or by a day heading, and for time zones. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a date found only in an item's body (its preview line, a call's notes: "Can we meet on
 * Nov 24, 2026 at 10:00 AM?", "her email of Oct 29, 2026") may be the item's own, its date element
 * being empty or gone. The timeline lists newest first (read.ts), so the item's date lies between
 * the dates of the items above and below it; and an item outside the upcoming group dates nothing
 * after the moment the page was read. A body date that breaks either names another day (what the
 * email proposes, what the call followed up on): the item is read undated and reported
 * (decisions.md: a wrong value counts against, `unknown` with a `notRead` entry does not).
 */
export function fitsPlaceInFeed(
  card: Element,
  root: Element,
  dateText: string,
  context: ReadingContext,
  upcoming: boolean,
): boolean {
  const date = readItemDate(dateText, context.clock, context.locale, upcoming ? 'planned' : 'past')?.timestamp;
  if (!date) return true;
  const at = Date.parse(date);
  if (!upcoming && at > context.clock.now.getTime()) return false;
  const { above, below } = neighbourDates(card, root, context);
  return (above === undefined || at <= above + DAY_MS) && (below === undefined || at >= below - DAY_MS);
}

/** The dates of the nearest readable items above and below the item, in the feed holding it. */
function neighbourDates(card: Element, root: Element, context: ReadingContext): { above?: number; below?: number } {
  const scope = card.closest(TIMELINE.container) ?? root;
  const others = otherItemDates(scope, root, context).filter((el) => !card.contains(el) && !el.contains(card));
  const read = (el: Element) => {
    const text = el.getAttribute('datetime') ?? textOf(el);
    const stamp = text ? readItemDate(text, context.clock, context.locale)?.timestamp : undefined;
    return stamp ? Date.parse(stamp) : undefined;
  };
  const before = others.filter((el) => follows(card, el)).reverse();
  const after = others.filter((el) => follows(el, card));
  return { above: firstRead(before, read), below: firstRead(after, read) };
}

/** Other items' date elements: their timestamp hooks, else the date lines inside items' cards. */
function otherItemDates(scope: Element, root: Element, context: ReadingContext): Element[] {
  const hooked = Array.from(scope.querySelectorAll(TIMELINE.timestamp));
  if (hooked.length > 0) return hooked;
  const cards = `${TIMELINE.card}, ${TIMELINE.cardFallback}`;
  return dateAnchors(root, context).filter((el) => scope.contains(el) && el.closest(cards) !== null);
}

function firstRead(els: Element[], read: (el: Element) => number | undefined): number | undefined {
  for (const el of els) {
    const at = read(el);
    if (at !== undefined) return at;
  }
  return undefined;
}
