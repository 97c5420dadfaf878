import { textOf } from '../dom';
import { PINNED_SECTION } from './pinned-section';

/**
 * Some item read stands in the feed itself. A pinned item is a second copy of one (crm-evidence-2.md)
 * and HubSpot may draw the pinned section before the feed: its copy says nothing of the feed being
 * drawn. Every card read counts, copies merged into one item included (a pinned copy may be the one
 * its item is read from).
 */
export function feedShowsItems(cards: readonly Element[]): boolean {
  return cards.some((card) => !card.closest(PINNED_SECTION));
}

/** What the timeline says besides a pinned section drawn inside it: a feed not drawn says nothing. */
export function feedText(timeline: Element): string {
  if (!timeline.querySelector(PINNED_SECTION)) return textOf(timeline);
  const feed = timeline.cloneNode(true) as Element;
  for (const pinned of Array.from(feed.querySelectorAll(PINNED_SECTION))) pinned.remove();
  return textOf(feed);
}
