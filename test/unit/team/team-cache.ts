import { openTouchlineDb } from '../../../lib/db/open';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact, Deal } from '../../../lib/schema/record';

let opened = 0;

/** A cache of its own per test, holding exactly the given rows. */
export async function cacheWith(rows: {
  activities?: Activity[];
  deals?: Deal[];
  contacts?: Contact[];
}): Promise<TouchlineDb> {
  opened++;
  const db = await openTouchlineDb(`touchline-team-${opened}-${Math.random().toString(36).slice(2)}`);
  for (const row of rows.activities ?? []) await db.put('activities', row);
  for (const row of rows.deals ?? []) await db.put('deals', row);
  for (const row of rows.contacts ?? []) await db.put('contacts', row);
  return db;
}
