/**
 * regress56c. decisions.md "Backups": rows carry updatedAt, an older copy never overwrites a newer;
 * newer-copy.ts: "importing a file twice changes nothing". A user who restores the same file twice
 * (unsure the first one took) must be told the second time that it brought nothing.
 *
 * The rep read Lina Okafor on HubSpot record 0-1/5120 on Nov 13 (an email Nov 9, a call Nov 12) and
 * exported a backup. A colleague then merged 5120 into 4471 (same address, same name; HubSpot keeps
 * one contact per address in a portal). Today the rep opens 4471: Touchline folds the two into one
 * person. The rep restores last week's backup, then restores the very same file again.
 * Oracle: the second restore adds nothing and updates nothing (every row "existing"), and the team
 * page still counts 3 touches of 1 active contact.
 */
import { expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { call, email, MERGED_AWAY, NOW, readLina, SURVIVOR, ZONE } from '../db/lina-okafor-across-a-merge';
import { freshDb } from '../team/from-files/harness';

const LAST_WEEK = new Date('2026-11-13T15:00:00Z');
const OLD_FEED = call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email;
const MERGED_FEED =
  call('Nov 18, 2026 at 11:05 AM', 'Pricing questions') + call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email;

const deps = { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };

it('restoring the same older backup a second time reports nothing added or updated', async () => {
  const db = await freshDb();
  await saveReading(db, readLina(OLD_FEED, MERGED_AWAY, LAST_WEEK), LAST_WEEK, ZONE, ZONE);
  const { blob } = await exportBackup(db, defaultSettings(ZONE), LAST_WEEK);
  await saveReading(db, readLina(MERGED_FEED, SURVIVOR, NOW), NOW, ZONE, ZONE);

  await importBackup(db, blob, deps);
  const second = await importBackup(db, blob, deps);

  expect({ added: second.added, updated: second.updated }).toEqual({ added: 0, updated: 0 });
});
