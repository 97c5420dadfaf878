import { isFromExportOnly } from '../csv-import/deals/to-deal';
import { withMergeTargets } from '../db/merge-targets';
import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { recordKeyOf } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import type { Deal } from '../schema/record';
import { yieldToPage } from '../yield-to-page';
import { append, SLICE_ROWS } from './slices';
import { unpackPack } from './unpack-pack';

/**
 * One rep's activities with a timestamp in [from, to] (both included, as the owner/time index
 * range was), from the rep's owner/day packs (readOwnerPacks), unpacked with the main thread
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
    const some = unpackPack(pack, start, end, invalid);
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

/**
 * Each deal's activities and those of its contacts (every time, as the deal's panel reads them),
 * through the contact and deal indexes, one transaction for the whole slice of deals. Most of a
 * deal's own activities name one of its contacts too: only the deal index's keys are read, and
 * the rows the contacts' reads did not bring, one by one (in the bench's team world, 38 % fewer rows).
 * A deal known only from a deal export lists no contacts: its contacts are those its own
 * activities name (an activity export's row naming the deal and the person), read as a deal
 * page's contacts are, so an email to that person yesterday is not missed.
 * With them, as the deal's panel reads them (readDealData), the page copies their touches logged in
 * Touchline were merged into when these rows do not hold them: a copy read on another deal's
 * timeline names nobody, yet it is the counted copy of a call logged with one of these contacts.
 */
export async function readDealActivities(
  db: TouchlineDb,
  deals: readonly Deal[],
  invalid: InvalidRow[],
): Promise<Map<string, Activity[]>> {
  const rowsPerDeal = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) => {
    const activities = tx.objectStore('activities');
    return eachRequest(deals, async (deal) => {
      if (isFromExportOnly(deal) && deal.contacts.length === 0) {
        const own = await activities.index('byDeal').getAll(deal.key);
        const named = [...new Set(own.flatMap(contactKeysOf))];
        const ofContacts = await eachRequest(named, (key) => activities.index('byContact').getAll(key));
        return withMergeTargets(activities, [...own, ...ofContacts.flat()]);
      }
      const contactKeys = deal.contacts.map((c) => recordKeyOf(deal.crm, deal.tenant, 'contact', c.id));
      const [ownKeys, ...ofContacts] = await Promise.all([
        activities.index('byDeal').getAllKeys(deal.key),
        ...contactKeys.map((key) => activities.index('byContact').getAll(key)),
      ]);
      const brought = ofContacts.flat();
      const broughtKeys = new Set(brought.map((row) => row.key));
      const own = await eachRequest(
        ownKeys.filter((key) => !broughtKeys.has(key)),
        (key) => activities.get(key),
      );
      return withMergeTargets(activities, [...own.filter((row) => row !== undefined), ...brought]);
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

/** The contacts a stored activity row names (rows are checked with zod only after the read). */
function contactKeysOf(row: unknown): string[] {
  const keys = (row as { contactKeys?: unknown }).contactKeys;
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
}
