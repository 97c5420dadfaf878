import type { ActivityReading } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import { feedLoadedBack } from '../feed-loaded-back';

/**
 * The History's "Show more" entries (`part: 'older'`, feed-state.ts) with how far back the History
 * was loaded (NotRead.olderThan), from the History's own items only: Focus above it keeps planned
 * items and pinned ones (a mail sent long ago stays pinned on top), whose dates say nothing of how
 * far back the History reaches. Where no History item shows a date, how far it was loaded is not
 * known: the entry no longer says which part is missing, or the items of Focus would be taken for
 * it (withFeedLoadedBack). Changes `notRead` in place.
 */
export function sayHistoryLoadedBack(
  notRead: NotRead[],
  history: readonly Pick<ActivityReading, 'timestamp' | 'timePrecision' | 'planned'>[],
  timeZone: string,
): void {
  if (!notRead.some((item) => item.part === 'older' && !item.olderThan)) return;
  const olderThan = feedLoadedBack(history, timeZone);
  for (const [index, item] of notRead.entries()) {
    if (item.part !== 'older' || item.olderThan) continue;
    const { part: _part, ...unplaced } = item;
    notRead[index] = olderThan ? { ...item, olderThan } : unplaced;
  }
}
