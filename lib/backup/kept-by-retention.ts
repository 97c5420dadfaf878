import { contactKeysOf } from '../db/batch-work';
import type { DayZones } from '../db/logged-day';
import { keptForLogged, openLoggedTouches, RETENTION_LOGGED_STORES } from '../db/retention-logged';
import { isExpired } from '../db/retention-rule';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import type { Activity } from '../schema/activity';
import type { RecordRow } from './format';

/**
 * The file's rows retention keeps: all but the activities past the cutoff (isExpired; the page
 * copies the file's logged touches were merged into stay), except those a touch logged here in
 * Touchline and not merged yet could merge with (keptForLogged), as a page reading or a CSV import
 * keeps them (your-data.md "Retention"): stored, the two merge (mergeAfterImport) and the CRM's
 * copy is not offered for export again. The file's own open logged touches did not merge with its
 * rows where they were made, so they keep none. The logged touches are read only when some row is
 * past the cutoff.
 */
export async function keptByRetention(
  db: TouchlineDb,
  rows: readonly RecordRow[],
  cutoff: string,
  zones: DayZones,
): Promise<RecordRow[]> {
  const mergeTargets = new Set(rows.flatMap((row) => (row.store === 'activities' ? (row.value.mergedInto ?? []) : [])));
  const past = new Set(
    rows.flatMap((row) =>
      row.store === 'activities' && isExpired(row.value, cutoff, mergeTargets) ? [row.value] : [],
    ),
  );
  if (past.size === 0) return [...rows];
  const forLogged = await runTransaction(db, [...RETENTION_LOGGED_STORES], 'readonly', 'read', async (tx) => {
    const open = await openLoggedTouches(tx);
    // The file's deals name their contacts before they are stored.
    const fileDeals = new Map(
      rows.flatMap((row) => (row.store === 'deals' ? [[row.value.key, contactKeysOf(row.value)]] : [])),
    );
    return open.length === 0 ? new Set<Activity>() : keptForLogged(tx, open, [...past], zones, fileDeals);
  });
  return rows.filter((row) => row.store !== 'activities' || !past.has(row.value) || forLogged.has(row.value));
}
