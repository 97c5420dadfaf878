/**
 * metrics.md "Logged in Touchline" (merge with a page touch Touchline
 * first saw after the touch was logged) and "Meetings" (a meeting dated by day only is a touch
 * once its day is over; one of today is not yet). save-batch.ts becameTouch: a stored row that was
 * no touch and becomes one is "first seen" (as a touch) then.
 *
 * Rep in LA. Wed 18 Nov 17:00: the laptop opens Ana's page, which lists Thursday's meeting by
 * date only (upcoming: no touch). Thu 09:30: the rep logs the 09:00 meeting on the laptop. Thu
 * 10:00: the desktop opens Ana's page (first time): the meeting, by date only. Fri 07:00: the
 * backups cross. By hand: one meeting held (the CRM copy was first seen as a touch at 10:00, after
 * the 09:30 log), the same as one browser that saw all of it.
 */
import { describe, expect, it } from 'vitest';
import { importBackup } from '../../../../lib/backup/import-backup';
import { logTouch } from '../../../../lib/db/logged-touches';
import { saveReading } from '../../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../../lib/db/schema';
import { ANA, anaKey, call, contactPage, viewOf } from '../../db/hand-pages';
import { freshDb, NOW, ZONE } from '../../db/world-readings';
import { backupOf } from './world';

const meetingByDate = {
  ...call('2026-11-19T08:00:00.000Z'),
  type: 'meeting' as const,
  channel: 'meeting' as const,
  title: 'Pilot review',
  timePrecision: 'day' as const,
};
const WED = new Date('2026-11-19T01:00:00Z');
const THU_LOG = new Date('2026-11-19T17:30:00Z');
const THU_DESKTOP = new Date('2026-11-19T18:00:00Z');
const read = (db: TouchlineDb, at: Date) => saveReading(db, contactPage(ANA, [meetingByDate]), at, ZONE, ZONE);
const logMeeting = (db: TouchlineDb) =>
  logTouch(db, { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-19T17:00:00.000Z' }, THU_LOG);
const importDeps = { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };

async function meetings(db: TouchlineDb) {
  const view = await viewOf(db, anaKey);
  return view.touches.byChannel.meeting ?? 0;
}

describe('a meeting by date only, seen upcoming on the laptop, after the log on the desktop', () => {
  it('one browser that saw all of it (sanity of the hand count): one meeting', async () => {
    const db = await freshDb();
    await read(db, WED);
    await logMeeting(db);
    await read(db, THU_DESKTOP);
    expect(await meetings(db)).toBe(1);
  });

  it('the desktop counts one meeting after importing the laptop\'s backup: an upcoming sighting is no earlier sighting of the touch (metrics.md "Logged in Touchline", "Meetings")', async () => {
    const laptop = await freshDb();
    await read(laptop, WED);
    await logMeeting(laptop);
    const desktop = await freshDb();
    await read(desktop, THU_DESKTOP);

    await importBackup(desktop, await backupOf(laptop, NOW), importDeps);

    expect(await meetings(desktop)).toBe(1);
  });

  it('a laptop that never saw the meeting upcoming: one meeting either way (control)', async () => {
    const laptop = await freshDb();
    await saveReading(laptop, contactPage(ANA, []), WED, ZONE, ZONE);
    await logMeeting(laptop);
    const desktop = await freshDb();
    await read(desktop, THU_DESKTOP);

    await importBackup(desktop, await backupOf(laptop, NOW), importDeps);
    await importBackup(laptop, await backupOf(desktop, NOW), importDeps);

    expect(await meetings(desktop)).toBe(1);
    expect(await meetings(laptop)).toBe(1);
  });
});
