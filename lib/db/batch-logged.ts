import type { Activity } from '../schema/activity';
import {
  contactKeysOf,
  dealOf,
  dealsOfTenant,
  loggedTouches,
  putActivity,
  rowsOfRecord,
  type Working,
} from './batch-work';
import { loggedSlot } from './logged-day';
import { mergeLoggedTouches } from './logged-merge';
import { sameJson } from './objects';
import { isPageTouch, type MergeClock } from './page-touch';
import { type DealContacts, peopleOf } from './people-of';
import { withUserFields } from './user-fields';

/**
 * Merges touches logged in Touchline with the page touches a reading showed for the first time
 * (see mergeLoggedTouches), and gives every page copy of a merged touch the user's fields (see
 * withUserFields). Returns the keys of the logged touches newly merged. Only fresh touches on the
 * channel and day of some logged touch cost any extra reads. `clock.pageTimeZone` is the zone the
 * reading's page was read in (the browser's unless the reading names one), where a date-only
 * touch's day is the day printed; `clock.now` decides which page items are touches yet.
 */
export async function mergeLogged(work: Working, fresh: Activity[], clock: MergeClock): Promise<string[]> {
  const logged = [...(await loggedTouches(work)).values()];
  const slot = (a: Activity) => loggedSlot(a, clock);
  const slots = new Set(logged.map(slot));
  const relevant = fresh.filter((a) => isPageTouch(a, clock) && slot(a) !== '' && slots.has(slot(a)));
  if (relevant.length === 0) return [];
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
    if (newMerge) {
      work.logged?.set(touch.key, touch);
      putActivity(work, touch);
    }
    const current = work.activities.get(page.key) ?? page;
    const withUser = withUserFields(current, touch);
    if (!sameJson(current, withUser)) putActivity(work, withUser);
  }
  return merges.filter((m) => m.newMerge).map((m) => m.logged.key);
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
