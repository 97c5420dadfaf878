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

/** Days of one rep's activities read per request: a month of a busy rep is tens of thousands of rows, deserialized in one task. */
const READ_WINDOW_DAYS = 7;

/**
 * One rep's stored rows with a timestamp in [from, to], through the owner/time index, a week per
 * request (a request's rows arrive in one task). Every week's request is issued at once in one
 * transaction, so the database fetches the next weeks while the page takes in the first: waiting
 * for each week before asking for the next left the page idle for most of the read.
 */
export function readOwnerRows(db: TouchlineDb, owner: string, from: Date, to: Date): Promise<unknown[][]> {
  const step = READ_WINDOW_DAYS * 86_400_000;
  const windows = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / step));
  const ranges = Array.from({ length: windows }, (_, i) => {
    const start = from.getTime() + i * step;
    const last = i === windows - 1;
    const end = last ? to.getTime() : start + step;
    return IDBKeyRange.bound(
      [owner, new Date(start).toISOString()],
      [owner, new Date(end).toISOString()],
      false,
      !last,
    );
  });
  return runTransaction(db, ['activities'], 'readonly', 'read', (tx) => {
    const index = tx.objectStore('activities').index('byOwnerTime');
    return eachRequest(ranges, (range) => index.getAll(range));
  });
}

/** Stored activity rows parsed in slices that yield, the invalid ones reported. */
export async function parseActivities(windows: readonly unknown[][], invalid: InvalidRow[]): Promise<Activity[]> {
  const activities: Activity[] = [];
  for (const rows of windows) {
    append(activities, await parseInSlices(activitySchema, 'activities', rows, invalid));
    await yieldToPage();
  }
  return activities;
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
