import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../lib/backup/export-backup';
import { importBackup } from '../../../../lib/backup/import-backup';
import { updateLoggedTouch } from '../../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../../lib/db/logged-touches';
import { saveReading } from '../../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../../lib/db/schema';
import { defaultSettings } from '../../../../lib/schema/settings';
import { ANA, anaKey, BEN, call, callsOn, connectRateOn, contactPage, dealPage } from '../../db/hand-pages';
import { freshDb, NOW, ZONE } from '../../db/world-readings';

/**
 * One rep, two browsers (a laptop and a desktop), backups carried between them (decisions.md
 * "Backups"). A touch logged in one browser and shown by the CRM in the other is one touch once
 * either imports the other's backup, under the same rule as in one browser (metrics.md "Logged in
 * Touchline": Touchline first saw the page touch after the touch was logged); and what the user
 * changes in one browser reaches the other's copies of the touch.
 */
describe('a logged touch carried between two browsers by backup', () => {
  const AT = '2026-11-20T14:00:00.000Z';
  const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
  const deps = { now: minutes(30), retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };
  const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1], at: Date) =>
    saveReading(db, reading, at, ZONE);
  const backupOf = async (db: TouchlineDb, at: Date) => (await exportBackup(db, defaultSettings(ZONE), at)).blob;
  const carry = async (from: TouchlineDb, to: TouchlineDb, at: Date) =>
    importBackup(to, await backupOf(from, at), { ...deps, now: at });
  const shownCall = contactPage(ANA, [call(AT, { sourceId: 'call-9' })]);

  /** The laptop: Ana's page read, then a connected call logged from the rep's phone, at minute 0. */
  async function laptopThatLogged() {
    const db = await freshDb();
    await save(db, contactPage(ANA, []), minutes(-10));
    const touch = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected', note: 'Spoke' },
      minutes(0),
    );
    return { db, touch };
  }

  /** The desktop: Ana's page, showing the call (outcome not shown), first read at `at`. */
  async function desktopThatRead(at: Date) {
    const db = await freshDb();
    await save(db, shownCall, at);
    return db;
  }

  it("counts the call once, connected, when the desktop imports the laptop's backup", async () => {
    const { db: laptop } = await laptopThatLogged();
    const desktop = await desktopThatRead(minutes(5));
    await carry(laptop, desktop, minutes(10));

    expect(await callsOn(desktop, anaKey)).toBe(1);
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it("counts the call once, connected, when the laptop imports the desktop's backup", async () => {
    const { db: laptop } = await laptopThatLogged();
    const desktop = await desktopThatRead(minutes(5));
    await carry(desktop, laptop, minutes(10));

    expect(await callsOn(laptop, anaKey)).toBe(1);
    expect(await connectRateOn(laptop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('keeps two calls when the desktop showed its call before the rep logged one', async () => {
    const { db: laptop } = await laptopThatLogged();
    const desktop = await desktopThatRead(minutes(-5));
    await carry(laptop, desktop, minutes(10));

    expect(await callsOn(desktop, anaKey)).toBe(2);
  });

  it('keeps two calls when the laptop itself showed the call before the rep logged one', async () => {
    const laptop = await freshDb();
    await save(laptop, shownCall, minutes(-5));
    await logTouch(laptop, { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' }, minutes(0));
    const desktop = await desktopThatRead(minutes(5));
    await carry(laptop, desktop, minutes(10));

    expect(await callsOn(laptop, anaKey)).toBe(2);
    expect(await callsOn(desktop, anaKey)).toBe(2);
  });

  it('changes nothing more when the same backup is imported twice', async () => {
    const { db: laptop } = await laptopThatLogged();
    const desktop = await desktopThatRead(minutes(5));
    await carry(laptop, desktop, minutes(10));
    const once = await desktop.getAll('activities');
    await carry(laptop, desktop, minutes(12));

    expect(await desktop.getAll('activities')).toEqual(once);
  });

  describe('a touch merged in the desktop, then edited on the laptop', () => {
    /** The desktop gets the logged touch by backup, then reads the page that shows it: merged there. */
    async function mergedOnDesktop() {
      const { db: laptop, touch } = await laptopThatLogged();
      const desktop = await freshDb();
      await save(desktop, contactPage(ANA, []), minutes(-10));
      await carry(laptop, desktop, minutes(2));
      await save(desktop, shownCall, minutes(5));
      expect(await callsOn(desktop, anaKey)).toBe(1);
      return { laptop, desktop, touch };
    }

    it('a new outcome brought by backup keeps the call counted once, and not connected', async () => {
      const { laptop, desktop, touch } = await mergedOnDesktop();
      await updateLoggedTouch(laptop, touch.key, { outcome: 'voicemail' }, minutes(20), ZONE, ZONE);
      await carry(laptop, desktop, minutes(25));

      expect(await callsOn(desktop, anaKey)).toBe(1);
      expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
    });

    it('a touch moved to the day before leaves two calls, the CRM copy without the user outcome', async () => {
      const { laptop, desktop, touch } = await mergedOnDesktop();
      await updateLoggedTouch(laptop, touch.key, { timestamp: '2026-11-19T14:00:00.000Z' }, minutes(20), ZONE, ZONE);
      await carry(laptop, desktop, minutes(25));

      expect(await callsOn(desktop, anaKey)).toBe(2);
      expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 2 });
    });
  });

  it('an edit brought by backup keeps the merge the desktop chose between two calls logged that day', async () => {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    // Logged first, two hours from the CRM's call; then the call itself.
    const far = await logTouch(
      laptop,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T12:00:00.000Z' },
      NOW,
    );
    const near = await logTouch(laptop, { recordKey: anaKey, channel: 'call', timestamp: AT }, minutes(1));
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(2));
    await save(desktop, shownCall, minutes(5));
    const merged = await desktop.get('activities', near.key);
    expect(merged?.mergedInto).toBeDefined();

    await updateLoggedTouch(laptop, near.key, { note: 'Left a message' }, minutes(20), ZONE, ZONE);
    await carry(laptop, desktop, minutes(25));

    expect((await desktop.get('activities', near.key))?.mergedInto).toBe(merged?.mergedInto);
    expect((await desktop.get('activities', far.key))?.mergedInto).toBeUndefined();
  });

  it("an edited outcome reaches every copy of the CRM's call (deal page and contact page)", async () => {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    await save(laptop, contactPage(BEN, []), minutes(-10));
    await save(laptop, dealPage([]), minutes(-10));
    const touch = await logTouch(
      laptop,
      { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' },
      NOW,
    );
    // The CRM shows the call, no id and no outcome, on the deal timeline and then on Ana's page.
    await save(laptop, dealPage([call(AT)]), minutes(1));
    await save(laptop, contactPage(ANA, [call(AT)]), minutes(2));
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(3));
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });

    await updateLoggedTouch(laptop, touch.key, { outcome: 'voicemail' }, minutes(20), ZONE, ZONE);
    await carry(laptop, desktop, minutes(25));

    expect(await callsOn(desktop, anaKey)).toBe(1);
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
