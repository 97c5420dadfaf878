import { rowsAsShown } from '../db/as-shown';
import { sameJson } from '../db/objects';
import { mergeActivity } from '../db/page-activities';
import { isPageTouch, type MergeClock, shownAsTouch } from '../db/page-touch';
import type { Activity } from '../schema/activity';

/**
 * A page row from the file seen after this cache last saw the item, merged into the stored row as
 * a reading merges a new sighting (mergeActivity: the newest sighting says whether the item is
 * planned, and its outcome): a demo one browser saw upcoming and the other saw held later counts as
 * held. The file's row is known to be the newer only when Touchline there first saw it
 * (`firstSeenAt`) or saw the page change it (`changedAt`: a call's outcome shown later, a meeting
 * marked no-show) after this cache last read any record the row is on (`lastReadHere`, from before
 * the import) and last changed it; otherwise nothing tells (a reading there need not have shown
 * the item again) and the stored row stays. The file's row is taken as its page showed it: what a logged touch gave it there (its
 * `pageOwn` parts, a note, which pages never carry) comes back with that touch (merged-copy-fields.ts).
 * An item that becomes a touch by it is first seen as one when the file's cache first saw it so
 * (see save-batch.ts becameTouch). Undefined when the stored row stays as it is.
 */
export function laterSighting(
  stored: Activity,
  incoming: Activity,
  lastReadHere: number | undefined,
  clock: MergeClock,
): Activity | undefined {
  if (stored.origin !== 'page' || incoming.origin !== 'page' || lastReadHere === undefined) return undefined;
  const seenThere = Date.parse(incoming.changedAt ?? incoming.firstSeenAt ?? '');
  const seenHere = Date.parse(stored.changedAt ?? stored.firstSeenAt ?? '') || 0;
  if (!(seenThere > Math.max(lastReadHere, seenHere))) return undefined;
  const { note: _fromLoggedTouch, ...shown } = rowsAsShown([incoming])[0] as Activity;
  const merged = mergeActivity(stored, shown);
  if (!shownAsTouch(stored, clock) && isPageTouch(merged, clock)) merged.firstSeenAt = incoming.firstSeenAt;
  return sameJson(merged, stored) ? undefined : merged;
}
