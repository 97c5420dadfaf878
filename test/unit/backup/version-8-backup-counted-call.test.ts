import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { readOwnerPacks } from '../../../lib/db/activity-pack-read';
import { saveReading } from '../../../lib/db/save-reading';
import { DB_VERSION, type TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { activitiesOfPacks } from '../../../lib/team/read-rows';
import { repTouches } from '../../../lib/team/team-touches';
import { ANA, anaKey, call, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb } from '../db/world-readings';
import { storedRows } from './backup-world';

/**
 * A backup written by database version 8 (whose packs lacked `relativeTime` and `firstSeenAt`;
 * packs are never in a backup) imports into version 9: every row as the file has it, and the packs
 * the import writes carry both. Rep Rita's call to Ana, Fri 20 Nov 2026 11:40 UTC: "3 hours ago"
 * on Ana's page read at 14:25 (11:25), 11:40 on the deal's page: by hand, one touch on the team view.
 */
const Z = 'UTC';
const OWNER = 'Rita Reyes';
const FROM = new Date('2026-11-20T00:00:00.000Z');
const TO = new Date('2026-11-20T15:00:00.000Z');

async function countedCallCache(): Promise<TouchlineDb> {
  const db = await freshDb();
  const counted = call('2026-11-20T11:25:00.000Z', { relativeTime: true, owner: OWNER });
  await saveReading(db, contactPage(ANA, [counted]), new Date('2026-11-20T14:25:00.000Z'), Z, Z);
  const timed = call('2026-11-20T11:40:00.000Z', { contactIds: [ANA], owner: OWNER });
  await saveReading(db, dealPage([timed]), new Date('2026-11-20T14:30:00.000Z'), Z, Z);
  return db;
}

describe('a backup written by database version 8', () => {
  it('imports into version 11 with every row, and the team view counts the counted call once', async () => {
    const source = await countedCallCache();
    const { blob } = await exportBackup(source, defaultSettings(Z), TO);
    const current = `"databaseVersion":${DB_VERSION}`;
    expect(DB_VERSION).toBe(14);
    expect(await blob.text()).toContain(current);
    const text = (await blob.text()).replace(current, '"databaseVersion":8');
    const db = await freshDb();

    const report = await importBackup(db, new File([text], 'backup.jsonl'), { now: TO, retentionDays: 400 });

    // Two activities, Ana's contact and the deal.
    expect(report).toMatchObject({ added: 4 });
    expect(await storedRows(db)).toEqual(await storedRows(source));
    const packed = await activitiesOfPacks(await readOwnerPacks(db, OWNER, FROM, TO), FROM, TO, []);
    expect(packed.map((row) => [row.relativeTime, row.firstSeenAt])).toEqual([
      [true, '2026-11-20T14:25:00.000Z'],
      [undefined, '2026-11-20T14:30:00.000Z'],
    ]);
    const rules = { now: TO, timeZone: Z, countCompletedTasks: false, pageTimeZone: Z };
    expect(await repTouches(packed, new Map([[anaKey, [dealKeyOf]]]), rules)).toHaveLength(1);
  });
});
