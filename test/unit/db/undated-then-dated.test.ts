import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * A page item first read without a date (its "11/04/2026" could be day or month first, so the
 * reader kept the text: contracts.md "Activity fields") and read again once the page settles the
 * order (it now prints "4 Nov 2026" or shows a day past 12). Re-reading a page never duplicates or
 * loses a touch: the dated sighting upgrades the stored undated row of the same item (same record,
 * type, direction and title) instead of adding a second row beside it, which the panel would show
 * as "1 undated" beside the dated call. Where the stored rows do not say which undated row the
 * dated item is (two could be), nothing is merged: a wrong merge would lose a touch.
 * Los Angeles, no CRM ids, read Fri 20 Nov 2026.
 */
const LA = 'America/Los_Angeles';
const NOV_4 = '2026-11-04T08:00:00.000Z';
const NOV_5 = '2026-11-05T08:00:00.000Z';

function undated(dateText?: string, extra: Partial<ActivityReading> = {}): ActivityReading {
  const { timestamp: _t, timePrecision: _p, ...item } = call(NOV_4, extra);
  return dateText === undefined ? item : { ...item, dateText };
}

function dated(timestamp: string, extra: Partial<ActivityReading> = {}): ActivityReading {
  return call(timestamp, { timePrecision: 'day', ...extra });
}

async function readTwice(first: ActivityReading[], second: ActivityReading[]) {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, first), new Date('2026-11-20T17:00:00.000Z'), LA, LA);
  await saveReading(db, contactPage(ANA, second), new Date('2026-11-20T18:00:00.000Z'), LA, LA);
  const now = new Date('2026-11-20T18:00:00.000Z');
  const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now, onInvalid: () => undefined });
  const rows = await db.getAll('activities');
  return {
    rows,
    dates: rows.map((row) => row.timestamp ?? `undated ${row.dateText ?? ''}`).sort(),
    undatedKeys: await db.getAllKeys('undatedActivities'),
    calls: view?.touches.byChannel.call,
    undatedCalls: view?.touches.undated ?? 0,
    read: view?.activitiesRead,
  };
}

describe('an item stored undated, read again with a date', () => {
  it('becomes one dated row: one call in the period, none undated, one activity read', async () => {
    const after = await readTwice([undated('11/04/2026')], [dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4]);
    expect(after.rows[0]).not.toHaveProperty('dateText');
    expect(after.undatedKeys).toEqual([]);
    expect(after.calls).toBe(1);
    expect(after.undatedCalls).toBe(0);
    expect(after.read).toBe(1);
  });

  it('keeps when Touchline first saw it and what only the undated sighting said', async () => {
    const first = undated('11/04/2026', { outcome: 'connected' });
    const after = await readTwice([first], [dated(NOV_4)]);
    expect(after.rows).toHaveLength(1);
    expect(after.rows[0]).toMatchObject({ outcome: 'connected', firstSeenAt: '2026-11-20T17:00:00.000Z' });
  });

  it('an undated item printed without any date text stays its own row: nothing says it is that call', async () => {
    const after = await readTwice([undated()], [dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4, 'undated ']);
  });

  it('two undated items whose printed dates tell them apart each take their own date', async () => {
    const after = await readTwice([undated('11/04/2026'), undated('11/05/2026')], [dated(NOV_5), dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4, NOV_5]);
    expect(after.undatedCalls).toBe(0);
  });

  it('a date that fits neither reading of the printed date is another item: both kept', async () => {
    const after = await readTwice([undated('11/05/2026')], [dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/05/2026']);
  });

  it('two undated rows that could both be the dated item: nothing merged, no row lost', async () => {
    // "11/04/2026" and "4/11/2026" are each 4 Nov read one way round.
    const after = await readTwice([undated('11/04/2026'), undated('4/11/2026')], [dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026', 'undated 4/11/2026']);
    expect(after.undatedCalls).toBe(2);
  });

  it('of two undated rows, the one whose printed date fits is the dated item', async () => {
    const after = await readTwice([undated('11/05/2026'), undated('4/11/2026')], [dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/05/2026']);
  });

  it('two dated items that could both be the one undated row: nothing merged', async () => {
    // "11/04/2026" is 4 Nov or 11 Apr.
    const APR_11 = '2026-04-11T07:00:00.000Z';
    const after = await readTwice([undated('11/04/2026')], [dated(NOV_4), dated(APR_11)]);
    expect(after.dates).toEqual([APR_11, NOV_4, 'undated 11/04/2026']);
  });

  it('the page still showing the undated item beside a dated one of the same title: two items', async () => {
    const after = await readTwice([undated('11/04/2026')], [undated('11/04/2026'), dated(NOV_4)]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026']);
  });

  it('another title, direction or type is another item', async () => {
    const after = await readTwice([undated('11/04/2026')], [dated(NOV_4, { direction: 'inbound' })]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026']);
  });
});
