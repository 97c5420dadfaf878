import type { Activity } from '../schema/activity';
import { type ActivityPack, type NO_OWNER, packEntrySchema, packEnvelopeSchema } from '../schema/activity-pack';
import { dayOf, decodeEntry, packId, packKeyOfPack } from './activity-pack-codec';
import { entriesFromRows } from './activity-packs';
import { type InvalidRow, parseRow } from './rows';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/**
 * One owner's packs (or NO_OWNER's: those of activities without an owner) of every CRM account
 * whose day holds some time in [from, to]: one key range,
 * a few hundred small rows where the owner/time index gives tens of thousands (per-row cost
 * dominates). A pack a bulk import left stale is given back as built from its rows (correct,
 * only slower), in a second transaction so a read of whole packs touches no other store.
 */
export async function readOwnerPacks(
  db: TouchlineDb,
  owner: string | typeof NO_OWNER,
  from: Date,
  to: Date,
): Promise<unknown[]> {
  // An array sorts after every string: the upper bound covers every account of the last day.
  const range = IDBKeyRange.bound([owner, dayOf(from.toISOString())], [owner, dayOf(to.toISOString()), []]);
  const packs = await runTransaction(db, ['activityPacks'], 'readonly', 'read', (tx) =>
    tx.objectStore('activityPacks').getAll(range),
  );
  const stale = packs.flatMap((pack, i) => (isStale(pack) ? [i] : []));
  if (stale.length === 0) return packs;
  return runTransaction(db, ['activities'], 'readonly', 'read', async (tx) => {
    const fresh: unknown[] = [...packs];
    await Promise.all(
      stale.map(async (i) => {
        const { owner, day, crm, tenant } = packs[i] as ActivityPack;
        fresh[i] = {
          owner,
          day,
          crm,
          tenant,
          entries: await entriesFromRows(tx.objectStore('activities'), [owner, day, crm, tenant]),
        };
      }),
    );
    return fresh;
  });
}

function isStale(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { stale?: unknown }).stale !== undefined;
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
  const { owner, day, crm, tenant } = raw as Record<string, unknown>;
  return JSON.stringify([owner, day, crm, tenant]);
}
