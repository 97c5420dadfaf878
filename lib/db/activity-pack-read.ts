import type { Activity } from '../schema/activity';
import { packEntrySchema, packEnvelopeSchema } from '../schema/activity-pack';
import { decodeEntry, packId, packKeyOfPack, weekOf } from './activity-pack-codec';
import { type InvalidRow, parseRow } from './rows';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/**
 * One owner's packs of every CRM account whose week holds some time in [from, to]: one key range,
 * a few dozen rows where the owner/time index gives tens of thousands (per-row cost dominates).
 */
export function readOwnerPacks(db: TouchlineDb, owner: string, from: Date, to: Date): Promise<unknown[]> {
  // An array sorts after every string: the upper bound covers every account of the last week.
  const range = IDBKeyRange.bound([owner, weekOf(from.toISOString())], [owner, weekOf(to.toISOString()), []]);
  return runTransaction(db, ['activityPacks'], 'readonly', 'read', (tx) =>
    tx.objectStore('activityPacks').getAll(range),
  );
}

/**
 * A stored pack's activities with a timestamp in [from, to] (ISO strings, compared as the index
 * compares them). A damaged pack, or a damaged entry, is reported as an invalid row and skipped.
 */
export function unpackActivities(raw: unknown, from: string, to: string, invalid: InvalidRow[]): Activity[] {
  const pack = parseRow(packEnvelopeSchema, 'activityPacks', raw, invalid, describeKey(raw));
  if (!pack) return [];
  const id = packId(packKeyOfPack(pack));
  const activities: Activity[] = [];
  for (const item of pack.entries) {
    const stamp = Array.isArray(item) ? item[4] : undefined;
    if (typeof stamp === 'string' && (stamp < from || stamp > to)) continue;
    const key = Array.isArray(item) ? String(item[0]) : '(entry)';
    const entry = parseRow(packEntrySchema, 'activityPacks', item, invalid, `${id} ${key}`);
    if (entry) activities.push(decodeEntry(pack, entry));
  }
  return activities;
}

function describeKey(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return String(raw);
  const { owner, week, crm, tenant } = raw as Record<string, unknown>;
  return JSON.stringify([owner, week, crm, tenant]);
}
