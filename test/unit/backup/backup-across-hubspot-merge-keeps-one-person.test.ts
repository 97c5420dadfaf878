/**
 * data56 review. A HubSpot contact merged into another, and a backup that crosses the merge.
 *
 * Last week (Nov 13) the rep read Lina Okafor at record 0-1/5120 on her laptop: an email Nov 9 and a
 * call Nov 12. That week's backup was exported. Since then a colleague merged 5120 into the older
 * record 4471 (HubSpot keeps one contact per email address in a portal; both pages show
 * lina.okafor@contoso.example). Today the rep opened 4471: its merged timeline shows the same email,
 * the same call and a new call Nov 18. Touchline folded the two into one person: 3 touches, 1
 * active contact (metrics.md "Duplicate": duplicates merged before any count; "Touches per
 * contact": active contacts in the denominator).
 *
 * The user then imports last week's backup (decisions.md "Backups": rows carry updatedAt; an older
 * copy never overwrites a newer). It brings nothing the profile lacks: the same two touches of the
 * same person. Hand-computed oracle: still 3 touches (email Nov 9, call Nov 12, call Nov 18), 1
 * active contact, 3.00 per contact, before and after the 4471 page is read again.
 *
 * Second case: a second browser that read only 5120 last week restores the laptop's backup taken
 * after the fold. The file's 4471 is that same person (same address, same name); after reading
 * 4471's page again, there are 3 touches and 1 active contact.
 */
import { expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { call, email, MERGED_AWAY, NOW, readLina, SURVIVOR, ZONE } from '../db/lina-okafor-across-a-merge';
import { freshDb, view } from '../team/from-files/harness';

const LAST_WEEK = new Date('2026-11-13T15:00:00Z');
const OLD_FEED = call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email;
const MERGED_FEED =
  call('Nov 18, 2026 at 11:05 AM', 'Pricing questions') + call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email;

async function priya(db: TouchlineDb) {
  const rep = (await view(db)).reps.find((r) => r.rep === 'Priya Nair');
  return { touches: rep?.counts.total, activeContacts: rep?.perContact.activeContacts };
}

const settings = defaultSettings(ZONE);
const deps = { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };

it("last week's backup imported after the merge brings back no second person and no touch twice", async () => {
  const laptop = await freshDb();
  await saveReading(laptop, readLina(OLD_FEED, MERGED_AWAY, LAST_WEEK), LAST_WEEK, ZONE, ZONE);
  const { blob: lastWeeksBackup } = await exportBackup(laptop, settings, LAST_WEEK);
  await saveReading(laptop, readLina(MERGED_FEED, SURVIVOR, NOW), NOW, ZONE, ZONE);
  expect(await priya(laptop)).toEqual({ touches: 3, activeContacts: 1 });

  await importBackup(laptop, lastWeeksBackup, deps);
  const afterImport = await priya(laptop);
  await saveReading(laptop, readLina(MERGED_FEED, SURVIVOR, new Date(NOW.getTime() + 60_000)), NOW, ZONE, ZONE);
  const afterReadingAgain = await priya(laptop);

  expect({ afterImport, afterReadingAgain }).toEqual({
    afterImport: { touches: 3, activeContacts: 1 },
    afterReadingAgain: { touches: 3, activeContacts: 1 },
  });
});

it('a browser that saw only the merged-away record, restoring a backup taken after the merge, has one person once the page is read again', async () => {
  const laptop = await freshDb();
  await saveReading(laptop, readLina(OLD_FEED, MERGED_AWAY, LAST_WEEK), LAST_WEEK, ZONE, ZONE);
  await saveReading(laptop, readLina(MERGED_FEED, SURVIVOR, NOW), NOW, ZONE, ZONE);
  const { blob } = await exportBackup(laptop, settings, NOW);

  const desktop = await freshDb();
  await saveReading(desktop, readLina(OLD_FEED, MERGED_AWAY, LAST_WEEK), LAST_WEEK, ZONE, ZONE);
  await importBackup(desktop, blob, deps);
  await saveReading(desktop, readLina(MERGED_FEED, SURVIVOR, new Date(NOW.getTime() + 60_000)), NOW, ZONE, ZONE);

  expect(await priya(desktop)).toEqual({ touches: 3, activeContacts: 1 });
});
