import { follows, textOf } from '../dom';
import { dateAnchors } from './date-anchors';
import { groupHeading, inUpcomingGroup } from './item-group';
import { readItemDate } from './page-date';
import { PINNED_SECTION } from './pinned-section';
import type { ReadingContext } from './reading-context';
import { TIMELINE } from './selectors';

/** Slack for neighbours dated to the day only, or by a day heading, and for time zones. */
const DAY_MS = 24 * 60 * 60 * 1000;

const CARDS = `${TIMELINE.card}, ${TIMELINE.cardFallback}`;

/**
 * Whether a date found outside the item's header line (a date element beside it or in the notes),
 * in its header's text (a subject: "Email - Agenda for Nov 3, 2026") or only in its body (its
 * preview line, a call's notes: "Can we meet on Nov 24, 2026 at 10:00 AM?", "her email of Oct 29,
 * 2026") may be the item's own, its date element being empty, gone or elsewhere. The timeline lists
 * its past items newest first (read.ts), so a past item's date lies between the dates of the past
 * items above and below it, and is not after the moment the page was read. A date that breaks
 * either names another day (what the email proposes, what the call followed up on): the item is
 * read undated and reported (decisions.md: a wrong value counts against, `unknown` with a `notRead`
 * entry does not).
 */
export function fitsPlaceInFeed(
  card: Element,
  root: Element,
  dateText: string,
  context: ReadingContext,
  upcoming: boolean,
): boolean {
  // The upcoming group's order is not known (overdue tasks above or below the next ones): it
  // places nothing, and its dates may lie ahead. Nor does the pinned section, which may hold a
  // meeting still to come (crm-evidence-2.md: a second copy of an item, above the feed): a pinned
  // item is placed by its copy in the feed, where it has one, so that the two read one date.
  if (upcoming) return true;
  const placed = card.closest(PINNED_SECTION) ? pastFeedCopy(card, root, context) : card;
  if (!placed) return true;
  const date = readItemDate(dateText, context.clock, context.locale, 'past')?.timestamp;
  if (!date) return true;
  const at = Date.parse(date);
  if (at > context.clock.now.getTime()) return false;
  const { above, below } = neighbourDates(placed, root, context);
  return (above === undefined || at <= above + DAY_MS) && (below === undefined || at >= below - DAY_MS);
}

/**
 * The copy in the feed of a pinned item (the card outside the pinned section with its engagement
 * id), where it stands among past items: a copy in the upcoming group places nothing either.
 */
function pastFeedCopy(pinned: Element, root: Element, context: ReadingContext): Element | undefined {
  const hooks = `${TIMELINE.headerActions}, ${TIMELINE.pinButton}`;
  const idOf = (el: Element) => el.getAttribute('data-selenium-id')?.trim() || undefined;
  const ids = Array.from(pinned.querySelectorAll(hooks)).map(idOf);
  const hook = Array.from(root.querySelectorAll(hooks)).find((el) => {
    const id = idOf(el);
    return id !== undefined && ids.includes(id) && !el.closest(PINNED_SECTION);
  });
  const copy = hook?.closest(CARDS);
  return copy && !inUpcomingGroup(copy, groupHeading(copy, root, context, new Map()), context) ? copy : undefined;
}

/**
 * The dates of the nearest readable past items above and below the item, in the feed holding it:
 * the upcoming group's items are no neighbours (an overdue task sits there above newer past items,
 * a task due next week without its year above this week's calls), and the first of them ends the
 * search that way. Pinned copies are no neighbours: they sit above the feed whatever their date
 * (crm-evidence-2.md), and a pinned item's own place tells nothing.
 */
function neighbourDates(card: Element, root: Element, context: ReadingContext): { above?: number; below?: number } {
  const scope = card.closest(TIMELINE.container) ?? root;
  const others = otherItemDates(scope, root, context).filter(
    (el) => !card.contains(el) && !el.contains(card) && !el.closest(PINNED_SECTION),
  );
  const known = new Map<Element, string>();
  const inGroup = (el: Element) => {
    const item = el.closest(CARDS) ?? el;
    return !inUpcomingGroup(item, groupHeading(item, root, context, known), context);
  };
  const read = (el: Element) => {
    const text = el.getAttribute('datetime') ?? textOf(el);
    const stamp = text ? readItemDate(text, context.clock, context.locale, 'past')?.timestamp : undefined;
    return stamp ? Date.parse(stamp) : undefined;
  };
  const before = others.filter((el) => follows(card, el)).reverse();
  const after = others.filter((el) => follows(el, card));
  return { above: nearestInGroup(before, inGroup, read), below: nearestInGroup(after, inGroup, read) };
}

/**
 * Other items' date elements: their timestamp hooks, else each card's first date line (its own,
 * header before body: a thread's earlier message or a day its notes name is not when it happened).
 */
function otherItemDates(scope: Element, root: Element, context: ReadingContext): Element[] {
  const hooked = Array.from(scope.querySelectorAll(TIMELINE.timestamp));
  if (hooked.length > 0) return hooked;
  const seen = new Set<Element>();
  return dateAnchors(root, context).filter((el) => {
    const card = scope.contains(el) ? el.closest(CARDS) : null;
    if (!card || seen.has(card)) return false;
    seen.add(card);
    return true;
  });
}

function nearestInGroup(
  els: Element[],
  inGroup: (el: Element) => boolean,
  read: (el: Element) => number | undefined,
): number | undefined {
  for (const el of els) {
    if (!inGroup(el)) return undefined;
    const at = read(el);
    if (at !== undefined) return at;
  }
  return undefined;
}
