import { TWO_MINUTES_MS } from '../metrics/duplicate-rules';
import { type Activity, activitySchema } from '../schema/activity';
import { loggedGroups } from './logged-groups';
import { ORIGIN } from './logged-touches';
import { parseRows } from './rows';
import { dealContactsOfTenant, type ReadTx } from './touch-copies';

/**
 * The other stored logged touches that are one touch with logged touch `touch` (metrics.md
 * "Duplicate" rule 3, as the panels merge them: loggedGroups), the call logged on Ana and again on
 * her deal with Ana picked a minute later, say: the panel counts and lists them as one touch, so
 * taking that touch back must take them all. Never two more than 2 minutes apart, though: touches
 * logged minutes apart are different touches, even where one logged between them chains them into
 * one group (rule 3 sorts by time and joins each to the earliest it duplicates). So of the group,
 * nearest to `touch` first (then the earlier), each one within 2 minutes of every one taken. The
 * transaction must include the deals store (COPY_READ_STORES).
 */
export async function loggedDuplicatesOf(tx: ReadTx, touch: Activity): Promise<Activity[]> {
  const at = touch.timestamp && Date.parse(touch.timestamp);
  if (!at) return [];
  const rows = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
  const dated = parseRows(activitySchema, 'activities', rows, []).filter(
    (row): row is Activity & { timestamp: string } =>
      row.crm === touch.crm && row.tenant === touch.tenant && row.timestamp !== undefined,
  );
  const dealContacts = await dealContactsOfTenant(tx, touch.crm, touch.tenant);
  const group = loggedGroups(dated, dealContacts).find((members) => members.some((row) => row.key === touch.key));
  const apart = (row: { timestamp: string }) => Date.parse(row.timestamp) - at;
  const others = (group ?? [])
    .filter((row) => row.key !== touch.key)
    .sort((a, b) => Math.abs(apart(a)) - Math.abs(apart(b)) || apart(a) - apart(b));
  const taken: number[] = [at];
  const duplicates: Activity[] = [];
  for (const row of others) {
    const time = Date.parse(row.timestamp);
    if (taken.some((other) => Math.abs(other - time) > TWO_MINUTES_MS)) continue;
    taken.push(time);
    duplicates.push(row);
  }
  return duplicates;
}
