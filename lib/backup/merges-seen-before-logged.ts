import type { IDBPTransaction } from 'idb';
import { inSlots, loggedSlots } from '../db/logged-day';
import { ORIGIN } from '../db/logged-touches';
import { dealContactsOnce, rewriteCopiesOf } from '../db/page-copies-rewrite';
import { isPageTouch, type MergeClock } from '../db/page-touch';
import { parseRow, parseRows } from '../db/rows';
import type { StoreName, TouchlineSchema } from '../db/schema';
import { otherCopies } from '../db/touch-copies';
import { type Activity, activitySchema } from '../schema/activity';

type WriteTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/**
 * Undoes the merges an import left against the rule (metrics.md "Logged in Touchline": a page
 * touch already shown before the user logged means the logged one is a second touch). A logged
 * touch merged on the other browser, with a page copy first seen there after it was logged, comes
 * with its merge; this cache, or a copy the file brought, may have seen that page touch first,
 * before the log (a page row keeps the earliest first sighting of its copies: newer-copy.ts). Each
 * logged touch in the import's channel-and-day slots (`slots`, see loggedSlots) merged into a page
 * touch some copy of which was first seen before it was logged is stored unmerged, and every copy
 * of that page touch gives back what it gave them (rewriteCopiesOf, as an undo takes them off);
 * mergeOpenLogged then pairs it as a reading would. A touch logged before 0.7.5 has no log time
 * and a copy stored then no first sighting: neither says the merge was wrong, so it stays.
 * Resolves to the rows before and after, for the packs, and the slots of the page touches left.
 */
export async function mergesSeenBeforeLogged(
  tx: WriteTx,
  slots: ReadonlySet<string>,
  clock: MergeClock,
): Promise<{ before: Activity[]; after: Activity[]; slots: Set<string> }> {
  const store = tx.objectStore('activities');
  const logged = parseRows(activitySchema, 'activities', await store.index('byOrigin').getAll(ORIGIN), []);
  let holders = logged.filter((touch) => touch.mergedInto !== undefined);
  const accounts = dealContactsOnce(tx);
  const result = { before: [] as Activity[], after: [] as Activity[], slots: new Set<string>() };
  for (const touch of holders) {
    if (!touch.mergedInto || !touch.loggedAt || !inSlots(touch, slots, clock)) continue;
    const page = parseRow(activitySchema, 'activities', await store.get(touch.mergedInto), []);
    if (!page) continue;
    const copies = [page, ...(await otherCopies(tx, page, await accounts(page.crm, page.tenant)))];
    // A copy still planned (a deal page listing the call ahead) was no touch when first seen.
    const seen = copies
      .filter((copy) => isPageTouch(copy, clock))
      .map((copy) => Date.parse(copy.firstSeenAt ?? ''))
      .filter(Number.isFinite);
    if (!seen.some((at) => at < Date.parse(touch.loggedAt ?? ''))) continue;
    const open: Activity = { ...touch };
    delete open.mergedInto;
    await store.put(open);
    holders = holders.filter((holder) => holder.key !== touch.key);
    const left = await rewriteCopiesOf(tx, page.key, touch, holders, accounts);
    result.before.push(touch, ...left.before);
    result.after.push(open, ...left.after);
    for (const slot of loggedSlots(page, clock)) result.slots.add(slot);
  }
  return result;
}
