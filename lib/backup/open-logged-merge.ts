import type { IDBPTransaction } from 'idb';
import { inSlots } from '../db/logged-day';
import { loggedPeople, mergeLoggedTouches } from '../db/logged-merge';
import { ORIGIN } from '../db/logged-touches';
import { rewriteCopiesOf } from '../db/page-copies-rewrite';
import { isPageTouch, type MergeClock } from '../db/page-touch';
import { parseRows } from '../db/rows';
import { sameTouch } from '../db/same-touch';
import type { StoreName, TouchlineSchema } from '../db/schema';
import { dealContactsOfTenant, otherCopies, rowsOfPeople } from '../db/touch-copies';
import { type Activity, activitySchema } from '../schema/activity';

type WriteTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/**
 * Merges the logged touches an import left unmerged with the page touches they are one with, as a
 * reading would have (metrics.md "Logged in Touchline"): a touch logged in one browser and shown by
 * the CRM only in another meets its page copy here. Only the channel-and-day slots of rows the
 * import wrote or replaced (`slots`, see loggedSlots) are looked at. All open touches of an account
 * are paired at once as a reading pairs them (mergeLoggedTouches: touches that are one by duplicate
 * rule 3 together, the closest pairs first), with one copy per page touch, no copy taken by
 * another logged touch, and Touchline's first sighting of it, in every copy, no earlier than each
 * touch was logged. Every copy of a page touch that takes logged ones gets the user's fields.
 * Resolves to the rows before and after, for the packs.
 */
export async function mergeOpenLogged(
  tx: WriteTx,
  slots: ReadonlySet<string>,
  clock: MergeClock,
): Promise<{ before: Activity[]; after: Activity[] }> {
  const before: Activity[] = [];
  const after: Activity[] = [];
  if (slots.size === 0) return { before, after };
  const store = tx.objectStore('activities');
  const logged = parseRows(activitySchema, 'activities', await store.index('byOrigin').getAll(ORIGIN), []);
  const taken = new Set(logged.flatMap((touch) => touch.mergedInto ?? []));
  const open = logged.filter((touch) => !touch.mergedInto && inSlots(touch, slots, clock));
  for (const touches of groupedBy(open, (touch) => `${touch.crm}|${touch.tenant}`).values()) {
    const { crm, tenant } = touches[0] as Activity;
    const dealContacts = await dealContactsOfTenant(tx, crm, tenant);
    const people = [...new Set(touches.flatMap((touch) => loggedPeople(touch, dealContacts)))];
    const rows = (await rowsOfPeople(tx, people, dealContacts))
      .filter((row) => row.origin !== ORIGIN && inSlots(row, slots, clock) && isPageTouch(row, clock))
      .sort((a, b) => a.key.localeCompare(b.key));
    const firstSeen = new Map<string, number>();
    const pages: Activity[] = [];
    for (const row of rows) {
      if (pages.some((page) => sameTouch(page, row, dealContacts))) continue;
      const copies = [row, ...(await otherCopies(tx, row, dealContacts))];
      if (copies.some((copy) => taken.has(copy.key))) continue;
      // A copy stored before first sightings were kept gives NaN: seen before, so it takes no logged touch.
      firstSeen.set(row.key, Math.min(...copies.map((copy) => Date.parse(copy.firstSeenAt ?? ''))));
      pages.push(row);
    }
    const merges = mergeLoggedTouches({
      logged: touches,
      fresh: pages,
      earlier: [],
      dealContacts,
      ...clock,
      canPair: (group, page) =>
        group.every(
          (touch) => (firstSeen.get(page.key) ?? Number.NaN) >= Date.parse(touch.loggedAt ?? touch.updatedAt ?? ''),
        ),
    });
    const byPage = groupedBy(merges, (merge) => merge.page.key);
    for (const [pageKey, pageMerges] of byPage) {
      const merged = pageMerges.map((merge) => merge.logged);
      await Promise.all(merged.map((touch) => store.put(touch)));
      before.push(...touches.filter((touch) => merged.some((m) => m.key === touch.key)));
      after.push(...merged);
      const copies = await rewriteCopiesOf(tx, pageKey, undefined, merged, async () => dealContacts);
      before.push(...copies.before);
      after.push(...copies.after);
    }
  }
  return { before, after };
}

/** Map.groupBy, which Node 20 (the tests' runtime) lacks. */
function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
