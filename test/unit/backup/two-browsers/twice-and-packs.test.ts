/**
 * decisions.md "Backups": importing the same file twice changes
 * nothing; the round trip keeps counts. The team page reads activity packs (activity-packs.ts),
 * which must hold what the rows hold after every import (pack-oracle.ts rebuilds them by hand).
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../lib/backup/export-backup';
import { importBackup } from '../../../../lib/backup/import-backup';
import { updateLoggedTouch } from '../../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../../lib/db/schema';
import { defaultSettings } from '../../../../lib/schema/settings';
import { ANA, anaKey, BEN, call, callsOn, contactPage, dealKeyOf, dealPage } from '../../db/hand-pages';
import { freshDb, ZONE } from '../../db/world-readings';
import { storedRows } from '../backup-world';
import { backupOf, carry, deps, minutes, packsAndRows, save } from './world';

const AT = '2026-11-20T14:00:00.000Z';

/** Laptop logs on Ana and on the deal; desktop reads the deal page (calls naming nobody) and Ana's. */
async function scene() {
  const laptop = await freshDb();
  const desktop = await freshDb();
  for (const db of [laptop, desktop]) {
    await save(db, contactPage(ANA, []), minutes(-10));
    await save(db, contactPage(BEN, []), minutes(-10));
    await save(db, dealPage([]), minutes(-10));
  }
  const onAna = await logTouch(
    laptop,
    { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected', note: 'Spoke' },
    minutes(0),
  );
  const onDeal = await logTouch(
    laptop,
    { recordKey: dealKeyOf, channel: 'meeting', timestamp: '2026-11-20T10:00:00.000Z', outcome: 'held' },
    minutes(0),
  );
  // The deal timeline: the call and the meeting, naming no contact, no ids; then Ana's page, the call.
  await save(
    desktop,
    dealPage([
      call(AT),
      { ...call('2026-11-20T10:00:00.000Z'), type: 'meeting', channel: 'meeting', title: 'Kickoff' },
    ]),
    minutes(5),
  );
  await save(desktop, contactPage(ANA, [call(AT)]), minutes(6));
  return { laptop, desktop, onAna, onDeal };
}

async function expectPacksInStep(db: TouchlineDb) {
  const { stored, expected } = await packsAndRows(db);
  expect(stored).toEqual(expected);
}

describe('deal-page copies naming no contact, carried both ways', () => {
  it('counts one call and one meeting on the deal and on Ana, in both browsers, with packs in step', async () => {
    const { laptop, desktop } = await scene();
    await carry(laptop, desktop, minutes(10));
    await carry(desktop, laptop, minutes(11));
    for (const db of [laptop, desktop]) {
      expect(await callsOn(db, anaKey)).toBe(1);
      expect(await callsOn(db, dealKeyOf)).toBe(1);
      await expectPacksInStep(db);
    }
  });

  it('an outcome edited on the laptop reaches both desktop copies; importing the same file twice changes nothing (decisions.md "Backups")', async () => {
    const { laptop, desktop, onAna } = await scene();
    await carry(laptop, desktop, minutes(10));
    await carry(desktop, laptop, minutes(11));
    await updateLoggedTouch(laptop, onAna.key, { outcome: 'voicemail' }, minutes(20), ZONE, ZONE);
    const file = await backupOf(laptop, minutes(21));
    await importBackup(desktop, file, { ...deps, now: minutes(22) });
    const once = await storedRows(desktop);
    const packsOnce = await desktop.getAll('activityPacks');
    await importBackup(desktop, file, { ...deps, now: minutes(23) });
    expect(await storedRows(desktop)).toEqual(once);
    expect(await desktop.getAll('activityPacks')).toEqual(packsOnce);
    const copies = (await desktop.getAll('activities')).filter(
      (a) => a.origin !== 'logged-in-touchline' && a.channel === 'call',
    );
    expect(copies.map((c) => c.outcome)).toEqual(['voicemail', 'voicemail']);
    await expectPacksInStep(desktop);
  });

  it('a restore of the desktop into an empty browser gives the same rows and counts (decisions.md "Backups": round trip)', async () => {
    const { laptop, desktop } = await scene();
    await carry(laptop, desktop, minutes(10));
    const before = await storedRows(desktop);
    const target = await freshDb();
    await importBackup(target, (await exportBackup(desktop, defaultSettings(ZONE), minutes(12))).blob, {
      ...deps,
      now: minutes(12),
    });
    expect(await storedRows(target)).toEqual(before);
    expect(await callsOn(target, dealKeyOf)).toBe(await callsOn(desktop, dealKeyOf));
    await expectPacksInStep(target);
  });
});
