import { decodeEntry } from '../../../lib/db/activity-pack-codec';
import type { TouchlineDb } from '../../../lib/db/schema';
import { type Activity, activitySchema } from '../../../lib/schema/activity';
import type { ActivityPack } from '../../../lib/schema/activity-pack';

/** The oracle: a UTC Monday by the calendar, not by day arithmetic. */
function mondayOf(timestamp: string): string {
  const d = new Date(timestamp);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday))
    .toISOString()
    .slice(0, 10);
}

export const order = (a: Activity, b: Activity) =>
  (a.timestamp ?? '').localeCompare(b.timestamp ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The stored activities grouped by (owner, UTC week, crm, tenant): what the packs must hold. */
export async function expectedPacks(db: TouchlineDb): Promise<Map<string, Activity[]>> {
  const groups = new Map<string, Activity[]>();
  for (const row of await db.getAll('activities')) {
    if (!activitySchema.safeParse(row).success || row.owner === undefined || row.timestamp === undefined) continue;
    const id = JSON.stringify([row.owner, mondayOf(row.timestamp), row.crm, row.tenant]);
    groups.set(id, [...(groups.get(id) ?? []), row].sort(order));
  }
  return groups;
}

export async function storedPacks(db: TouchlineDb): Promise<Map<string, Activity[]>> {
  const packs = (await db.getAll('activityPacks')) as ActivityPack[];
  return new Map(
    packs.map((p) => [JSON.stringify([p.owner, p.week, p.crm, p.tenant]), p.entries.map((e) => decodeEntry(p, e))]),
  );
}
