import type { NotRead } from '../../schema/read-result';
import { allVisible } from '../dom';
import { THREAD_LINK } from './mail-thread';

/**
 * Synced mail the feed shows outside every item read: links to a mail thread inside the feed (the
 * smallest element holding every item) that neither sit in an item nor head an expanded thread
 * whose messages were read. crm-evidence-2.md: the feed mixes activities and mail, and no source
 * shows its markup; a generation drawing mail apart from the activities, somewhere other than
 * beside them, is reported as read in part, never dropped in silence.
 */
export function strayMailGap(items: readonly Element[], headedThreads: ReadonlySet<Element>): NotRead[] {
  const feed = feedOf(items);
  if (!feed) return [];
  const read = new Set<Element>([...items, ...headedThreads]);
  const threads = new Set<string>();
  for (const link of allVisible(feed, THREAD_LINK)) {
    let inRead = false;
    // Up to the feed itself: a History that is one expanded thread has its messages for items,
    // and the thread holding its subject link is then the feed.
    for (let up = link.parentElement; up && !inRead; up = up === feed ? null : up.parentElement) inRead = read.has(up);
    if (!inRead) threads.add(link.getAttribute('href') ?? '');
  }
  if (threads.size === 0) return [];
  const count = threads.size === 1 ? 'a synced mail' : `${threads.size} synced mails`;
  return [{ field: 'activities', reason: `${count} shown outside the feed's entries could not be read` }];
}

/** The smallest element holding the first item and the last, so every item between (items are in page order). */
function feedOf(items: readonly Element[]): Element | null {
  const [first, last] = [items[0], items[items.length - 1]];
  if (!first || !last) return null;
  let feed = first.parentElement;
  while (feed && !feed.contains(last)) feed = feed.parentElement;
  return feed;
}
