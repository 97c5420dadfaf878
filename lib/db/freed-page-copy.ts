import { type Activity, activitySchema } from '../schema/activity';
import { mergeLoggedTouches } from './logged-merge';
import { ORIGIN } from './logged-touches';
import type { MergeClock } from './page-touch';
import { parseRow, parseRows } from './rows';
import { dealContactsOfTenant, otherCopies, type ReadTx } from './touch-copies';

/**
 * The logged touch that merges with the page touch `leaving` was merged into, now that `leaving`
 * is undone or moved to another channel or day (metrics.md "Logged in Touchline"): a logged
 * touch not merged yet, of the same channel, day and person, logged no later than Touchline first
 * saw the page touch in any copy, when no other logged touch holds a copy of it. Of several, the
 * closest pair wins as when a reading merges (same direction, then nearest in time, then key),
 * with the logged touches that are one touch with it (duplicate rule 3): all of them, stored merged.
 * The person is the one any of its copies names (peopleOfTouch), where the copy it was merged into names nobody.
 * A copy stored before first-seen times were kept counts as seen before, so it goes to nobody.
 */
export async function heirsOfFreedCopy(tx: ReadTx, leaving: Activity, clock: MergeClock): Promise<Activity[]> {
  if (!leaving.mergedInto) return [];
  const activities = tx.objectStore('activities');
  const page = parseRow(activitySchema, 'activities', await activities.get(leaving.mergedInto), []);
  if (!page) return [];
  const dealContacts = await dealContactsOfTenant(tx, page.crm, page.tenant);
  const copies = [page, ...(await otherCopies(tx, page, dealContacts))];
  const firstSeen = Math.min(...copies.map((copy) => Date.parse(copy.firstSeenAt ?? '')));
  if (Number.isNaN(firstSeen)) return [];
  const logged = parseRows(activitySchema, 'activities', await activities.index('byOrigin').getAll(ORIGIN), []).filter(
    (touch) => touch.key !== leaving.key,
  );
  const copyKeys = new Set(copies.map((copy) => copy.key));
  if (logged.some((touch) => touch.mergedInto !== undefined && copyKeys.has(touch.mergedInto))) return [];
  // Before 0.7.5 no log time was kept; the touch's last edit is no earlier than its logging.
  const open = logged.filter(
    (touch) => !touch.mergedInto && Date.parse(touch.loggedAt ?? touch.updatedAt ?? '') <= firstSeen,
  );
  // Its copies say whose it is: a deal-page call that Ben's page lists goes to no touch logged on Ana.
  const merges = mergeLoggedTouches({ logged: open, fresh: [page], earlier: [], copies, dealContacts, ...clock });
  return merges.map((merge) => merge.logged);
}
