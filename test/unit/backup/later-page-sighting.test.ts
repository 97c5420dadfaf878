/**
 * Rep in LA, two browsers. Mon 16 Nov 10:00 the desktop opens Ana's page: the demo on Wed 18 Nov
 * 15:00 is listed as upcoming (planned). Thu 19 Nov 09:00 the laptop opens Ana's page: the demo is
 * done, held. Fri 20 Nov the desktop imports the laptop's backup (Ana's contact row in it is the
 * newer, read Thursday). By hand (metrics.md: a planned item is no touch; a held meeting is one):
 * one meeting held on Ana, as on the laptop and as in one browser that read both pages
 * (decisions.md "Backups": "an older copy never overwrites a newer" — and the newer sighting is
 * the one that counts).
 *
 * And the other way round: page rows carry no time of their last sighting, so a copy the other
 * browser first saw before this one last read the page says nothing newer. The desktop saw the demo
 * held on Mon 16 Nov and, the CRM corrected, as a no-show on Fri 20 Nov; the laptop first saw it
 * held on Thu 19 Nov. After the desktop imports the laptop's backup on Sat 21 Nov: no meeting, as
 * the desktop's own Friday reading says (metrics.md: a no-show is no touch).
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage, viewOf } from '../db/hand-pages';
import { freshDb, ZONE } from '../db/world-readings';

const DEMO = '2026-11-18T23:00:00.000Z';
const demo = (shown: 'upcoming' | 'held' | 'no-show') => ({
  ...call(DEMO, { sourceId: 'mtg-77' }),
  type: 'meeting' as const,
  channel: 'meeting' as const,
  title: 'Product demo',
  outcome: shown === 'upcoming' ? undefined : shown,
  planned: shown === 'upcoming' ? true : undefined,
});
const MON = new Date('2026-11-16T18:00:00Z');
const THU = new Date('2026-11-19T17:00:00Z');
const FRI = new Date('2026-11-20T17:00:00Z');
const SAT = new Date('2026-11-21T17:00:00Z');

async function meetingsOnAna(db: TouchlineDb) {
  return (await viewOf(db, anaKey)).touches.byChannel.meeting ?? 0;
}

describe('a page item the other browser saw later, done where this one saw it upcoming', () => {
  it('one browser that read both pages (sanity of the hand count): one meeting', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [demo('upcoming')]), MON, ZONE, ZONE);
    await saveReading(db, contactPage(ANA, [demo('held')]), THU, ZONE, ZONE);
    expect(await meetingsOnAna(db)).toBe(1);
  });

  it('counts the held demo after the desktop imports the laptop’s newer backup, as the laptop does (decisions.md "Backups")', async () => {
    const desktop = await freshDb();
    await saveReading(desktop, contactPage(ANA, [demo('upcoming')]), MON, ZONE, ZONE);
    const laptop = await freshDb();
    await saveReading(laptop, contactPage(ANA, [demo('held')]), THU, ZONE, ZONE);
    expect(await meetingsOnAna(laptop)).toBe(1);

    const { blob } = await exportBackup(laptop, defaultSettings(ZONE), FRI);
    await importBackup(desktop, blob, { now: FRI, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });

    expect(await meetingsOnAna(desktop)).toBe(1);
  });

  it('keeps the desktop’s own later reading (a no-show on Friday) over the laptop’s first sighting on Thursday', async () => {
    const desktop = await freshDb();
    await saveReading(desktop, contactPage(ANA, [demo('held')]), MON, ZONE, ZONE);
    await saveReading(desktop, contactPage(ANA, [demo('no-show')]), FRI, ZONE, ZONE);
    const laptop = await freshDb();
    await saveReading(laptop, contactPage(ANA, [demo('held')]), THU, ZONE, ZONE);

    const { blob } = await exportBackup(laptop, defaultSettings(ZONE), SAT);
    await importBackup(desktop, blob, { now: SAT, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });

    expect(await meetingsOnAna(desktop)).toBe(0);
  });
});
