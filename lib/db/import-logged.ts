import type { Activity } from '../schema/activity';
import { mergeLogged } from './batch-logged';
import { fetchTouched, type SaveTx } from './batch-work';
import { settleReleased } from './merge-named-elsewhere';
import type { MergeClock } from './page-touch';

/** The stores pairImportedWithLogged reads beyond the activities: who is on which deal. */
export const IMPORT_LOGGED_STORES = ['contacts', 'deals'] as const;

/**
 * Pairs the rows an import stores for the first time, or shows to be touches for the first time
 * (a planned call an export shows done), with touches logged in Touchline, as a page reading does
 * (metrics.md "Logged in Touchline": a logged touch merges with one touch of the same channel, day
 * and person that Touchline first saw after it was logged, wherever it first saw it; an import is
 * one more place). Without it the CSV row would stand as a copy shown before, and
 * the page copy read later could not take the logged touch either: the touch the rep logged, then
 * entered in the CRM, would count twice. Runs in the import's transaction once its rows are
 * written; writes the logged touches merged and the copies given the user's fields, and resolves
 * to the rows before and after, for the packs. `clock` is the import's: an export's dates are read
 * in the user's zone, which is also the zone a date alone was printed in.
 */
export async function pairImportedWithLogged(
  tx: SaveTx,
  fresh: readonly Activity[],
  clock: MergeClock,
): Promise<{ before: Activity[]; after: Activity[] }> {
  if (fresh.length === 0) return { before: [], after: [] };
  const work = await fetchTouched(tx, [], [], []);
  const { released } = await mergeLogged(work, [...fresh], clock);
  const after = [...work.changedActivities.values()];
  const before = after.flatMap((row) => work.stored.get(row.key) ?? []);
  const activities = tx.objectStore('activities');
  await Promise.all(after.map((row) => activities.put(row)));
  // A merge the import's rows undid (a CSV row names the contact a deal-page copy did not).
  const settled = await settleReleased(
    tx,
    released.map((touch) => ({ touch, clock })),
  );
  return { before: [...before, ...settled.before], after: [...after, ...settled.after] };
}
