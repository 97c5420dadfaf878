import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import { openTouchlineDb } from '../../../lib/db/open';
import { DEAL_WRITE_STORES, putDeal } from '../../../lib/db/put-deal';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact, Deal } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { NOW, settings } from '../metrics/builders';

let opened = 0;

/** A cache of its own per test, holding exactly the given rows. */
export async function cacheWith(rows: {
  activities?: Activity[];
  deals?: Deal[];
  contacts?: Contact[];
}): Promise<TouchlineDb> {
  opened++;
  const db = await openTouchlineDb(`touchline-team-${opened}-${Math.random().toString(36).slice(2)}`);
  // Through the packs' updater, as every writer of activities does (the reps step reads the packs).
  const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
  for (const row of rows.activities ?? []) await tx.objectStore('activities').put(row);
  await updateActivityPacks(tx, [], new Map((rows.activities ?? []).map((row) => [row.key, row])).values());
  await tx.done;
  // Through the deal writer, as every writer of deals does (typical times come from the stage summaries it keeps).
  const deals = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
  for (const row of rows.deals ?? []) await putDeal(deals, row);
  await deals.done;
  for (const row of rows.contacts ?? []) await db.put('contacts', row);
  return db;
}

/** The team page's view of a cache holding `rows`, over the last 30 days, mid-market, default settings. */
export async function teamViewOf(rows: Parameters<typeof cacheWith>[0]) {
  const db = await cacheWith(rows);
  return loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: settings(), now: NOW });
}
