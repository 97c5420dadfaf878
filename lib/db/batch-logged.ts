import type { Activity } from '../schema/activity';
import {
  contactKeysOf,
  dealOf,
  dealsOfTenant,
  loggedTouches,
  putActivity,
  rowsNow,
  rowsOfRecord,
  type Working,
} from './batch-work';
import { inSlots, loggedSlots } from './logged-day';
import { mergeLoggedTouches } from './logged-merge';
import { mergesNamedElsewhere } from './merge-named-elsewhere';
import { sameJson } from './objects';
import { isPageTouch, type MergeClock } from './page-touch';
import { type DealContacts, peopleOf } from './people-of';
import { sameTouch } from './same-touch';
import { withUserFields, withUserFieldsMoved } from './user-fields';

/** What pairing a reading's fresh touches with logged touches did. */
export interface LoggedPairing {
  /** Keys of the logged touches newly merged. */
  merged: string[];
  /** Logged touches whose merge the reading undid, as they were stored merged (see settleReleased). */
  released: Activity[];
}

/**
 * Merges touches logged in Touchline with the page touches a reading showed for the first time
 * (see mergeLoggedTouches), and gives every page copy of a merged touch the user's fields (see
 * withUserFields). First, a logged touch merged into a copy that the reading shows to be another
 * contact's touch (a fresh copy, or `namedNow`: a stored row the reading gave its first contact;
 * mergesNamedElsewhere) is stored unmerged, and the copies it gave its fields take them back; what
 * it and the copy it left merge with then is settled once the reading is written (settleReleased).
 * Only touches on the channel and day of some logged touch cost any extra reads.
 * `clock.pageTimeZone` is the zone the reading's page was read in (the browser's unless the reading
 * names one), where a date-only touch's day is the day printed; `clock.now` decides which page
 * items are touches yet.
 */
export async function mergeLogged(
  work: Working,
  fresh: Activity[],
  clock: MergeClock,
  namedNow: readonly Activity[] = [],
): Promise<LoggedPairing> {
  const slots = new Set([...(await loggedTouches(work)).values()].flatMap((a) => loggedSlots(a, clock)));
  const relevant = fresh.filter((a) => isPageTouch(a, clock) && inSlots(a, slots, clock));
  const named = [...relevant, ...namedNow].filter((a) => a.contactKeys.length > 0 && inSlots(a, slots, clock));
  const released = named.length > 0 ? await releaseNamedElsewhere(work, named, relevant, clock) : [];
  if (relevant.length === 0) return { merged: [], released };
  const logged = [...(await loggedTouches(work)).values()];
  const earlier = await earlierCopies(work, relevant, await contactsOfDeals(work, [...logged, ...relevant]));
  const merges = mergeLoggedTouches({
    logged,
    fresh: relevant,
    earlier,
    // The earlier rows' deals too: a deal-page row naming nobody is with its deal's contacts.
    dealContacts: await contactsOfDeals(work, [...logged, ...relevant, ...earlier]),
    ...clock,
  });
  for (const { logged: touch, page, newMerge } of merges) {
    if (newMerge) putActivity(work, touch);
    const current = work.activities.get(page.key) ?? page;
    const withUser = withUserFields(current, touch);
    if (!sameJson(current, withUser)) putActivity(work, withUser);
  }
  return { merged: merges.filter((m) => m.newMerge).map((m) => m.logged.key), released };
}

/**
 * Stores unmerged the logged touches of the day and channel of a `named` row (one naming
 * contacts) merged into a copy whose touch the copies now show to be someone else's
 * (mergesNamedElsewhere), and takes their fields back from the copy they were merged into and its
 * stored copies (the reading's `fresh` ones never had them). Resolves to the touches as they were
 * stored merged.
 */
async function releaseNamedElsewhere(
  work: Working,
  named: readonly Activity[],
  fresh: readonly Activity[],
  clock: MergeClock,
): Promise<Activity[]> {
  const slots = new Set(named.flatMap((row) => loggedSlots(row, clock)));
  const logged = await loggedTouches(work);
  const merged = [...logged.values()].filter((touch) => touch.mergedInto !== undefined && inSlots(touch, slots, clock));
  if (merged.length === 0) return [];
  const targets = await rowsNow(work, [...new Set(merged.map((touch) => touch.mergedInto as string))]);
  const dealContacts = await contactsOfDeals(work, [...merged, ...named, ...targets]);
  const stored = await earlierCopies(work, targets, dealContacts);
  const rows = [...new Map([...stored, ...named].map((row) => [row.key, row])).values()];
  const byKey = new Map(targets.map((row) => [row.key, row]));
  const released = mergesNamedElsewhere(merged, byKey, rows, dealContacts);
  if (released.length === 0) return [];
  for (const touch of released) {
    const { mergedInto: _, ...open } = touch;
    putActivity(work, open);
  }
  const freshKeys = new Set(fresh.map((row) => row.key));
  const holders = [...logged.values()].filter((touch) => touch.mergedInto !== undefined);
  for (const touch of released) {
    const target = byKey.get(touch.mergedInto as string) as Activity;
    const copies = [target, ...stored.filter((row) => row.key !== target.key && sameTouch(row, target, dealContacts))];
    // The logged touches still merged into the copy (one touch with the released one by duplicate
    // rule 3, logged on the deal) give their fields anew, as an undo does (rewriteCopiesOf).
    const given = holders.filter((holder) => holder.mergedInto === target.key);
    for (const copy of copies.filter((row) => !freshKeys.has(row.key))) {
      const current = work.activities.get(copy.key) ?? copy;
      const next = withUserFieldsMoved(current, touch, given);
      if (!sameJson(current, next)) putActivity(work, next);
    }
  }
  return released;
}

async function contactsOfDeals(work: Working, activities: Activity[]): Promise<DealContacts> {
  const keys = [...new Set(activities.flatMap((a) => a.dealKeys))];
  const deals = await Promise.all(keys.map((key) => dealOf(work, key)));
  return new Map(deals.flatMap((deal) => (deal ? [[deal.key, contactKeysOf(deal)] as const] : [])));
}

/**
 * Stored rows of the fresh touches' people, on their own pages and on the pages of their deals
 * (a touch may have been read on a deal page before it showed on the contact's).
 */
async function earlierCopies(work: Working, fresh: Activity[], dealContacts: DealContacts): Promise<Activity[]> {
  const freshKeys = new Set(fresh.map((a) => a.key));
  const records = new Set<string>();
  for (const activity of fresh) {
    for (const key of peopleOf(activity, dealContacts)) {
      records.add(key);
      if (!key.includes(':contact:')) continue;
      for (const deal of await dealsOfTenant(work, activity.crm, activity.tenant)) {
        if (contactKeysOf(deal).includes(key)) records.add(deal.key);
      }
    }
  }
  const rows = await Promise.all([...records].map((key) => rowsOfRecord(work, key)));
  const byKey = new Map(rows.flat().map((row) => [row.key, row]));
  return [...byKey.values()].filter((row) => row.origin !== 'logged-in-touchline' && !freshKeys.has(row.key));
}
