import { type Activity, activitySchema } from '../schema/activity';
import { type DayZones, loggedSlots } from './logged-day';
import { loggedPeople } from './logged-merge';
import { ORIGIN } from './logged-touches';
import { type DealContacts, peopleOf } from './people-of';
import { parseRows } from './rows';
import { dealContactsOfTenant, type ReadTx } from './touch-copies';

/** The stores openLoggedTouches and keptForLogged read, which the caller's transaction must include. */
export const RETENTION_LOGGED_STORES = ['activities', 'deals'] as const;

/** The touches logged in Touchline not merged yet with a page touch, read once through the origin index. */
export async function openLoggedTouches(tx: ReadTx): Promise<Activity[]> {
  const stored = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
  return parseRows(activitySchema, 'activities', stored, []).filter((t) => !t.mergedInto);
}

/**
 * Of `rows` (a reading's or an import's, past retention), those one of the `open` logged touches
 * (openLoggedTouches) could merge with: same channel and day (loggedSlots) and same person
 * (peopleOf, loggedPeople). Dropping such a row would leave the logged touch unmerged for good: the
 * CRM shows the touch, yet the export keeps offering it (your-data.md: touches the CRM shows are
 * left out; the page copy one was merged into is kept). Kept, it merges as any page touch does and
 * is then kept as that merge target; one that merges with nothing (another direction, say) is still
 * past retention, so the views leave it out and the daily pruning removes it. Who is on which deal
 * is read only for a row on the channel and day of an open touch, once per account.
 */
export async function keptForLogged(
  tx: ReadTx,
  open: readonly Activity[],
  rows: readonly Activity[],
  zones: DayZones,
  readDeals: DealContacts = new Map(),
): Promise<Set<Activity>> {
  const slots = new Map<string, Activity[]>();
  for (const touch of open)
    for (const slot of loggedSlots(touch, zones)) slots.set(slot, [...(slots.get(slot) ?? []), touch]);
  const kept = new Set<Activity>();
  const accounts = new Map<string, DealContacts>();
  for (const row of rows) {
    const touches = [...new Set(loggedSlots(row, zones).flatMap((slot) => slots.get(slot) ?? []))];
    if (touches.length === 0) continue;
    const account = `${row.crm}:${row.tenant}`;
    let dealContacts = accounts.get(account);
    if (!dealContacts) {
      // A deal read in the same batch names its contacts before it is stored.
      dealContacts = new Map([...(await dealContactsOfTenant(tx, row.crm, row.tenant)), ...readDeals]);
      accounts.set(account, dealContacts);
    }
    const people = new Set(peopleOf(row, dealContacts));
    if (touches.some((t) => loggedPeople(t, dealContacts).some((key) => people.has(key)))) kept.add(row);
  }
  return kept;
}
