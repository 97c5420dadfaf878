import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

/**
 * A backup merged into a browser that read the contact's page first: the stored page copy stays
 * (page rows carry no edit time), and the metrics count it, not the merged logged touch, so the
 * user's outcome must reach that stored copy.
 */
describe("a merged logged touch imported where the CRM's page copy was read already", () => {
  const AT = '2026-11-20T14:00:00.000Z';
  const LATER = new Date(NOW.getTime() + 60_000);
  const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1]) => saveReading(db, reading, NOW, ZONE);
  const backupOf = async (db: TouchlineDb) => (await exportBackup(db, defaultSettings(ZONE), NOW)).blob;

  async function connectedCallLoggedThenShown() {
    const db = await freshDb();
    await save(db, contactPage(ANA, []));
    const touch = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected', note: 'Spoke' },
      NOW,
    );
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-9' })]));
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    return { db, touch };
  }

  async function pageReadFirst() {
    const db = await freshDb();
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-9' })]));
    return db;
  }

  it("gives the stored copy the user's outcome: 1 call, connected, as on the machine it came from", async () => {
    const { db: old } = await connectedCallLoggedThenShown();
    const fresh = await pageReadFirst();
    await importBackup(fresh, await backupOf(old), { now: NOW, retentionDays: 400 });

    expect(await callsOn(fresh, anaKey)).toBe(1);
    expect(await connectRateOn(fresh, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('replaces the outcome of the older copy of the touch with the one edited since', async () => {
    const { db: old, touch } = await connectedCallLoggedThenShown();
    const fresh = await pageReadFirst();
    await importBackup(fresh, await backupOf(old), { now: NOW, retentionDays: 400 });
    expect(await connectRateOn(fresh, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    await updateLoggedTouch(old, touch.key, { outcome: 'voicemail' }, LATER, ZONE);
    await importBackup(fresh, await backupOf(old), { now: NOW, retentionDays: 400 });

    expect(await callsOn(fresh, anaKey)).toBe(1);
    expect(await connectRateOn(fresh, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
