import { rekeyActivities } from '../db/rekey-migration';
import { browserTimeZone } from '../db/time-precision';
import type { Activity } from '../schema/activity';
import type { BackupHeader, RecordRow } from './format';

/**
 * Rows of a file exported before the key change (database version 2 or earlier): activities are
 * re-keyed as the version 3 upgrade re-keys stored rows (rekeyActivities), in the zone the pages
 * were read in, so they meet their own later copies under one key.
 */
export function rekeyOldRows(rows: RecordRow[], header: BackupHeader): RecordRow[] {
  const activities = rows.flatMap((row) => (row.store === 'activities' ? [row.value] : []));
  const { remove, put } = rekeyActivities(activities, header.pageTimeZone ?? browserTimeZone(), []);
  const removed = new Set(remove);
  const byKey = new Map<string, Activity>(activities.map((row) => [row.key, row]));
  for (const key of removed) byKey.delete(key);
  for (const row of put) byKey.set(row.key, row);
  return [
    ...rows.filter((row) => row.store !== 'activities'),
    ...[...byKey.values()].map((value) => ({ store: 'activities' as const, value })),
  ];
}
