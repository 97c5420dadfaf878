import { decodeEntry } from '../../../lib/db/activity-pack-codec';
import type { TouchlineDb } from '../../../lib/db/schema';
import { type Activity, activitySchema } from '../../../lib/schema/activity';
import { type ActivityPack, NO_OWNER } from '../../../lib/schema/activity-pack';

/** The oracle: a UTC day by the calendar fields, not by day arithmetic. */
function utcDayOf(timestamp: string): string {
  const d = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const order = (a: Activity, b: Activity) =>
  (a.timestamp ?? '').localeCompare(b.timestamp ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * A row as its pack holds it. Packs leave out what only the job giving the user's touches their
 * name reads, and when a touch was logged, what the page showed under it and when a reading last
 * changed it, which only the writers of logged touches and backups read, from the rows.
 */
export function packed(row: Activity): Activity {
  const { byViewer: _, ownerBySetting: __, loggedAt: ___, pageOwn: ____, changedAt: _____, ...kept } = row;
  return kept;
}

/** The stored dated activities grouped by (owner or NO_OWNER, UTC day, crm, tenant): what the packs must hold. */
export async function expectedPacks(db: TouchlineDb): Promise<Map<string, Activity[]>> {
  const groups = new Map<string, Activity[]>();
  for (const row of await db.getAll('activities')) {
    if (!activitySchema.safeParse(row).success || row.timestamp === undefined) continue;
    const id = JSON.stringify([row.owner ?? NO_OWNER, utcDayOf(row.timestamp), row.crm, row.tenant]);
    groups.set(id, [...(groups.get(id) ?? []), packed(row)].sort(order));
  }
  return groups;
}

/** The packs a bulk import left stale (their rows are the truth until rebuilt). */
export async function stalePackIds(db: TouchlineDb): Promise<Set<string>> {
  const packs = (await db.getAll('activityPacks')) as ActivityPack[];
  return new Set(
    packs.filter((p) => p.stale !== undefined).map((p) => JSON.stringify([p.owner, p.day, p.crm, p.tenant])),
  );
}

/** The packs that are not stale, decoded. */
export async function storedPacks(db: TouchlineDb): Promise<Map<string, Activity[]>> {
  const packs = (await db.getAll('activityPacks')) as ActivityPack[];
  return new Map(
    packs
      .filter((p) => p.stale === undefined)
      .map((p) => [JSON.stringify([p.owner, p.day, p.crm, p.tenant]), p.entries.map((e) => decodeEntry(p, e))]),
  );
}
