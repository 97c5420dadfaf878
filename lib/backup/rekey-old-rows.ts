import { pipedriveActivityIds } from '../db/pipedrive-activity-ids';
import { rekeyActivities } from '../db/rekey-migration';
import { browserTimeZone } from '../db/time-precision';
import type { Activity } from '../schema/activity';
import type { BackupHeader, RecordRow } from './format';

/**
 * Rows of a file exported by an older database version, keyed as the upgrades since have keyed
 * stored rows, so they meet their own later copies under one key: before version 3, every
 * activity re-keyed (rekeyActivities) in the zone the pages were read in; before version 10,
 * imported Pipedrive activity ids in the page reader's form (pipedriveActivityIds).
 */
export function rekeyOldRows(rows: RecordRow[], header: BackupHeader): RecordRow[] {
  if (header.databaseVersion >= 10) return rows;
  let activities = rows.flatMap((row) => (row.store === 'activities' ? [row.value] : []));
  if (header.databaseVersion <= 2) {
    activities = applied(activities, rekeyActivities(activities, header.pageTimeZone ?? browserTimeZone(), []));
  }
  if (header.databaseVersion <= 9) activities = applied(activities, pipedriveActivityIds(activities));
  return [
    ...rows.filter((row) => row.store !== 'activities'),
    ...activities.map((value) => ({ store: 'activities' as const, value })),
  ];
}

function applied(activities: Activity[], { remove, put }: { remove: string[]; put: Activity[] }): Activity[] {
  const byKey = new Map(activities.map((row) => [row.key, row]));
  for (const key of remove) byKey.delete(key);
  for (const row of put) byKey.set(row.key, row);
  return [...byKey.values()];
}
