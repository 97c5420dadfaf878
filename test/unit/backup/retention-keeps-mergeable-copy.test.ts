/**
 * docs/your-data.md "Retention": "Retention also applies when pages are read and when a backup is
 * imported … A page or CSV-import touch past retention that a logged touch not yet merged can merge
 * with (same channel, day and person) is stored, so the two merge and the CRM's copy is not offered
 * for export again."
 *
 * Rep in LA. Laptop (retention 30 days): on Wed 18 Nov the rep logs a call with Ana made on
 * Sat 10 Oct 10:00 (41 days before Fri 20 Nov). Desktop (retention 400): on Thu 19 Nov it opens
 * Ana's page, which shows that call (first seen after the log). Fri 20 Nov the laptop imports the
 * desktop's backup. By hand: the CRM's copy is stored, the logged call merges with it, and
 * "Export touches logged in Touchline" on the laptop no longer offers it (0 files) — as when the
 * laptop reads Ana's page itself (the control).
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReadings } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const CALL = '2026-10-10T17:00:00.000Z';
const WED = new Date('2026-11-18T18:00:00Z');
const THU = new Date('2026-11-19T18:00:00Z');
const anaShowingCall = contactPage(ANA, [call(CALL, { sourceId: 'call-41d' })]);

async function laptopWithLoggedCall() {
  const laptop = await freshDb();
  await saveReadings(laptop, [
    { result: contactPage(ANA, []), now: WED, timeZone: ZONE, pageTimeZone: ZONE, retentionDays: 30 },
  ]);
  await logTouch(laptop, { recordKey: anaKey, channel: 'call', timestamp: CALL, outcome: 'connected' }, WED);
  return laptop;
}
const merged = async (db: TouchlineDb) =>
  (await db.getAll('activities')).find((a) => a.origin === 'logged-in-touchline')?.mergedInto;

describe('a CRM call past the laptop’s retention that its logged call can merge with, brought by a backup', () => {
  it('control: the laptop reading Ana’s page itself stores the copy and merges', async () => {
    const laptop = await laptopWithLoggedCall();
    await saveReadings(laptop, [
      { result: anaShowingCall, now: THU, timeZone: ZONE, pageTimeZone: ZONE, retentionDays: 30 },
    ]);
    expect(await merged(laptop)).toBeDefined();
    expect(await loggedTouchesCsv(laptop, ZONE, NOW)).toHaveLength(0);
  });

  it('is stored and merged on import, so the logged call is not offered for export again (your-data.md "Retention")', async () => {
    const laptop = await laptopWithLoggedCall();
    const desktop = await freshDb();
    await saveReadings(desktop, [
      { result: anaShowingCall, now: THU, timeZone: ZONE, pageTimeZone: ZONE, retentionDays: 400 },
    ]);

    const { blob } = await exportBackup(desktop, defaultSettings(ZONE), NOW);
    await importBackup(laptop, blob, { now: NOW, retentionDays: 30, timeZone: ZONE, pageTimeZone: ZONE });

    expect(await merged(laptop)).toBeDefined();
    expect(await loggedTouchesCsv(laptop, ZONE, NOW)).toHaveLength(0);
  });
});
