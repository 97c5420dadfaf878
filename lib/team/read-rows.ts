import { unpackActivities } from '../db/activity-pack-read';
import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { recordKeyOf } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { yieldToPage } from '../yield-to-page';
import type { Account } from './accounts';
import { append, inSlices, SLICE_ROWS } from './slices';

/** Parses stored rows in slices, yielding between them: zod over 100,000 rows is a long task otherwise. */
async function parseInSlices<T>(
  schema: Parameters<typeof parseRows<T>>[0],
  store: Parameters<typeof parseRows<T>>[1],
  rows: unknown[],
  invalid: InvalidRow[],
): Promise<T[]> {
  const parsed: T[] = [];
  await inSlices(rows, SLICE_ROWS, (slice) => {
    append(parsed, parseRows(schema, store, [...slice], invalid));
  });
  return parsed;
}

/**
 * One rep's activities with a timestamp in [from, to] (both included, as the owner/time index
 * range was), from the rep's owner/week packs (readOwnerPacks), unpacked with the main thread
 * given back between slices, in the index's order: time, then key.
 */
export async function activitiesOfPacks(
  packs: readonly unknown[],
  from: Date,
  to: Date,
  invalid: InvalidRow[],
): Promise<Activity[]> {
  const [start, end] = [from.toISOString(), to.toISOString()];
  const activities: Activity[] = [];
  let unpacked = 0;
  for (const pack of packs) {
    const some = unpackActivities(pack, start, end, invalid);
    append(activities, some);
    unpacked += some.length;
    if (unpacked >= SLICE_ROWS) {
      unpacked = 0;
      await yieldToPage();
    }
  }
  // Packs of one week are per CRM account: only a rep in several accounts needs sorting.
  if (!inTimeOrder(activities)) activities.sort(byTimeThenKey);
  return activities;
}

function inTimeOrder(activities: readonly Activity[]): boolean {
  for (let i = 1; i < activities.length; i++) {
    if (byTimeThenKey(activities[i - 1] as Activity, activities[i] as Activity) > 0) return false;
  }
  return true;
}

function byTimeThenKey(a: Activity, b: Activity): number {
  const [x, y] = [a.timestamp ?? '', b.timestamp ?? ''];
  if (x !== y) return x < y ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Every stored deal and contact of the given accounts, through the tenant indexes. */
export async function readRecords(
  db: TouchlineDb,
  accounts: readonly Account[],
  invalid: InvalidRow[],
): Promise<{ deals: Deal[]; contacts: Contact[] }> {
  const [dealRows, contactRows] = await runTransaction(db, ['deals', 'contacts'], 'readonly', 'read', (tx) =>
    Promise.all([
      eachRequest(accounts, (a) => tx.objectStore('deals').index('byTenant').getAll([a.crm, a.tenant])),
      eachRequest(accounts, (a) => tx.objectStore('contacts').index('byTenant').getAll([a.crm, a.tenant])),
    ]),
  );
  return {
    deals: await parseInSlices(dealSchema, 'deals', dealRows.flat(), invalid),
    contacts: await parseInSlices(contactSchema, 'contacts', contactRows.flat(), invalid),
  };
}

/**
 * Each deal's activities and those of its contacts (every time, as the deal's panel reads them),
 * through the deal and contact indexes, one transaction for the whole slice of deals.
 */
export async function readDealActivities(
  db: TouchlineDb,
  deals: readonly Deal[],
  invalid: InvalidRow[],
): Promise<Map<string, Activity[]>> {
  const rowsPerDeal = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) => {
    const activities = tx.objectStore('activities');
    return eachRequest(deals, async (deal) => {
      const contactKeys = deal.contacts.map((c) => recordKeyOf(deal.crm, deal.tenant, 'contact', c.id));
      const [own, ...ofContacts] = await Promise.all([
        activities.index('byDeal').getAll(deal.key),
        ...contactKeys.map((key) => activities.index('byContact').getAll(key)),
      ]);
      return [own ?? [], ...ofContacts].flat();
    });
  });
  const byDeal = new Map<string, Activity[]>();
  let parsed = 0;
  for (const [i, deal] of deals.entries()) {
    const rows = [...new Map((rowsPerDeal[i] ?? []).map((row) => [row.key, row])).values()];
    byDeal.set(deal.key, parseRows(activitySchema, 'activities', rows, invalid));
    parsed += rows.length;
    // A slice of deals with busy contacts is thousands of rows: parsed in one go, a long task.
    if (parsed >= SLICE_ROWS) {
      parsed = 0;
      await yieldToPage();
    }
  }
  return byDeal;
}
