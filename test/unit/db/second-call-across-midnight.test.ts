/**
 * Commit e8b5b39 lets a time worked out from a count ("40 minutes ago") find
 * a stored row with a time the page showed on whichever day (sameDayRow: `withinCountDrift`, no
 * longer the same printed day). Ana's contact page (Los Angeles, no CRM ids) lists two calls with
 * the same title: one the page prints "Yesterday 11:30 PM" (Thu 19 Nov), and a genuine second one
 * made at 00:20 on Fri 20 Nov that it prints "40 minutes ago". Both are on the page at once, each
 * its own item; the second is not another sighting of the first. Before e8b5b39 the printed days
 * differed and both were stored; now the counted call merges into the shown one and a touch is lost.
 * contracts.md "Keys": re-reading a page never duplicates or loses a touch.
 */
import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

const LA = 'America/Los_Angeles';
const THU_2330 = '2026-11-20T07:30:00.000Z';
const FRI_0020 = '2026-11-20T08:20:00.000Z';

describe('two same-titled calls either side of midnight, one shown, one counted', () => {
  it('read together on one page: two calls', async () => {
    const db = await freshDb();
    const now = new Date('2026-11-20T09:00:00.000Z'); // Fri 01:00 in Los Angeles
    const page = contactPage(ANA, [call(FRI_0020, { relativeTime: true }), call(THU_2330)]);
    await saveReading(db, page, now, LA, LA);
    const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now, onInvalid: () => undefined });
    expect((await db.getAll('activities')).map((row) => row.timestamp).sort()).toEqual([THU_2330, FRI_0020]);
    expect(view?.touches.byChannel.call).toBe(2);
  });

  it('read together, the shown one listed first: two calls', async () => {
    const db = await freshDb();
    const now = new Date('2026-11-20T09:00:00.000Z');
    await saveReading(db, contactPage(ANA, [call(THU_2330), call(FRI_0020, { relativeTime: true })]), now, LA, LA);
    expect((await db.getAll('activities')).map((row) => row.timestamp).sort()).toEqual([THU_2330, FRI_0020]);
  });

  it('the counted one stored first, then both read together, the shown one listed first: two calls', async () => {
    const db = await freshDb();
    // Fri 00:30: the page lists only the newest call, "10 minutes ago".
    await saveReading(
      db,
      contactPage(ANA, [call(FRI_0020, { relativeTime: true })]),
      new Date('2026-11-20T08:30:00.000Z'),
      LA,
      LA,
    );
    // Fri 01:00: both, the older one first as shown; the counted one is the row stored before.
    const now = new Date('2026-11-20T09:00:00.000Z');
    await saveReading(db, contactPage(ANA, [call(THU_2330), call(FRI_0020, { relativeTime: true })]), now, LA, LA);
    // The counted call keeps its row and first sighting; the shown one is new.
    const rows = (await db.getAll('activities')).map((row) => [row.timestamp, row.firstSeenAt]);
    expect(rows.sort()).toEqual([
      [THU_2330, '2026-11-20T09:00:00.000Z'],
      [FRI_0020, '2026-11-20T08:30:00.000Z'],
    ]);
  });

  it("a row one item of a reading took is no other item's: a date alone and a count both fit it, two rows", async () => {
    const db = await freshDb();
    // Thu 23:40: the call shown with its time, "11:30 PM".
    await saveReading(db, contactPage(ANA, [call(THU_2330)]), new Date('2026-11-20T07:40:00.000Z'), LA, LA);
    // Fri 01:00: two items of that title, one dated "Nov 19" alone, one "40 minutes ago": both fit the row.
    const now = new Date('2026-11-20T09:00:00.000Z');
    const dayOnly = call('2026-11-19T08:00:00.000Z', { timePrecision: 'day' });
    await saveReading(db, contactPage(ANA, [dayOnly, call(FRI_0020, { relativeTime: true })]), now, LA, LA);
    const rows = (await db.getAll('activities')).map((row) => [row.timestamp, row.timePrecision]);
    expect(rows.sort()).toEqual([
      [THU_2330, 'minute'],
      [FRI_0020, 'minute'],
    ]);
  });
});
