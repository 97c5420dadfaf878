import type { ActivityReading } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import { feedLoadedBack } from '../feed-loaded-back';

/** A History item's date, as feedLoadedBack reads it. */
type Dated = Pick<ActivityReading, 'timestamp' | 'timePrecision' | 'planned'>;

/**
 * The History's "Show more" entries (`part: 'older'`, feed-state.ts) with how far back the History
 * was loaded (NotRead.olderThan), from the History's own entries only: Focus above it keeps planned
 * items and pinned ones (a mail sent long ago stays pinned on top), whose dates say nothing of how
 * far back the History reaches. `entries` are the History's entries in page order, each its items
 * (an opened mail thread, its messages). Where no History entry shows a date, how far it was
 * loaded is not known: the entry no longer says which part is missing, or the items of Focus
 * would be taken for it (withFeedLoadedBack). Changes `notRead` in place.
 */
export function sayHistoryLoadedBack(
  notRead: NotRead[],
  entries: readonly (readonly Dated[])[],
  timeZone: string,
): void {
  if (!notRead.some((item) => item.part === 'older' && !item.olderThan)) return;
  const olderThan = lastEntryShown(entries, timeZone);
  for (const [index, item] of notRead.entries()) {
    if (item.part !== 'older' || item.olderThan) continue;
    const { part: _part, ...unplaced } = item;
    notRead[index] = olderThan ? { ...item, olderThan } : unplaced;
  }
}

/**
 * The instant by which the History's last dated entry in page order had surely happened (newest
 * first: "Show more" fetches what comes after it). An opened thread stands in the History by its
 * newest message: its older ones show inside it, and say nothing of how far the list reaches (a
 * thread answered today, begun in March, opens a History loaded back to last week only).
 */
function lastEntryShown(entries: readonly (readonly Dated[])[], timeZone: string): string | undefined {
  for (const entry of [...entries].reverse()) {
    // ISO instants (toISOString) sort as text.
    const newest = entry
      .map((item) => feedLoadedBack([item], timeZone))
      .filter((by): by is string => by !== undefined)
      .sort()
      .pop();
    if (newest) return newest;
  }
  return undefined;
}
