import { type Activity, activitySchema } from '../schema/activity';
import { sameMergeDay } from './logged-day';
import { loggedPeople, mergeLoggedTouches } from './logged-merge';
import { ORIGIN } from './logged-touches';
import type { MergeClock } from './page-touch';
import { parseRows } from './rows';
import { dealContactsOfTenant, otherCopies, type ReadTx, rowsOfPeople } from './touch-copies';

/**
 * The page touch a logged touch, moved by an edit to another channel or day, now merges with
 * (metrics.md "Logged in Touchline"): one of the same channel, day and person that Touchline first
 * saw as a touch, in every copy, after the touch was logged (and that is one at `clock.now`, see
 * isPageTouch), and that no other logged touch is merged into. A copy stored before first-seen
 * times were kept counts as seen before, so it never merges.
 */
export async function pageTouchOnEdit(
  tx: ReadTx,
  touch: Activity,
  loggedAt: string | undefined,
  clock: MergeClock,
): Promise<Activity | undefined> {
  if (!loggedAt || touch.mergedInto || !touch.channel || !touch.timestamp) return undefined;
  const dealContacts = await dealContactsOfTenant(tx, touch.crm, touch.tenant);
  const rows = await rowsOfPeople(tx, loggedPeople(touch, dealContacts), dealContacts);
  const others = parseRows(
    activitySchema,
    'activities',
    await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN),
    [],
  ).filter((t) => t.key !== touch.key && t.mergedInto);
  const taken = new Set(others.map((t) => t.mergedInto));
  const page = rows.filter((row) => row.origin !== ORIGIN);
  const dated = { ...touch, timestamp: touch.timestamp };
  const seenAfter = (row: Activity) =>
    row.firstSeenAt !== undefined && Date.parse(row.firstSeenAt) >= Date.parse(loggedAt) && !taken.has(row.key);
  const fresh = page.filter(
    (row) =>
      !row.planned &&
      seenAfter(row) &&
      row.channel === touch.channel &&
      row.timestamp !== undefined &&
      sameMergeDay({ ...row, timestamp: row.timestamp }, dated, clock),
  );
  // A copy seen before, or taken by another logged touch, rules its touch out, wherever it is: the
  // copy a logged touch merged into may sit on another contact's page.
  const copies = (await Promise.all(fresh.map((row) => otherCopies(tx, row, dealContacts)))).flat();
  const merges = mergeLoggedTouches({
    logged: [touch, ...others],
    fresh,
    earlier: [...page, ...copies].filter((row) => !seenAfter(row)),
    // Copies seen after still say whose a deal-page row naming nobody is (peopleOfTouch).
    copies,
    dealContacts,
    ...clock,
  });
  return merges.find((merge) => merge.newMerge && merge.logged.key === touch.key)?.page;
}
