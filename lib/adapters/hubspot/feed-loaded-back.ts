import { feedLoadedBack } from '../feed-loaded-back';
import { PINNED_SECTION } from './pinned-section';
import type { TimelineItem } from './read-timeline';

/**
 * How far back the feed under a "Load more" control was loaded (NotRead.olderThan): its own items
 * only. A pinned copy keeps its item's date, however old, above the feed's newest items: it says
 * nothing of how far back the feed reaches, and what "Load more" hides may be newer than it.
 */
export function feedLoadedBackUnpinned(items: readonly TimelineItem[], timeZone: string): string | undefined {
  const feed = items.filter(({ card }) => !card.closest(PINNED_SECTION));
  return feedLoadedBack(
    feed.map(({ activity }) => activity),
    timeZone,
  );
}
