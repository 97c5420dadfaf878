import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * The other way round from test/unit/db/undated-then-dated.test.ts: a page item stored with its
 * date ("Nov 4, 2026"), then read again where the page prints "11/04/2026", an order it does not
 * settle, so the reader keeps the text and no date (contracts.md "Activity fields"). Re-reading a
 * page never duplicates a touch: the undated sighting is the stored dated row's, as safely as the
 * other way round (lib/db/dated-row.ts: the printed numbers fit that day, no item of the reading
 * shows or took the row, no other row or item could be the pair), instead of an undated row
 * beside it that the panel shows as "1 undated" beside the dated call. An item printed without
 * any date text stays its own row: two same-titled calls are common, and a wrong merge would
 * lose a touch. Los Angeles, no CRM ids, read Fri 20 Nov 2026.
 */
const LA = 'America/Los_Angeles';
const NOV_4 = '2026-11-04T08:00:00.000Z';
const NOV_4_1030 = '2026-11-04T18:30:00.000Z';
const APR_11 = '2026-04-11T07:00:00.000Z';

function undated(dateText?: string, extra: Partial<ActivityReading> = {}): ActivityReading {
  const { timestamp: _t, timePrecision: _p, ...item } = call(NOV_4, extra);
  return dateText === undefined ? item : { ...item, dateText };
}

const dayOnly = (timestamp: string, extra: Partial<ActivityReading> = {}) =>
  call(timestamp, { timePrecision: 'day', ...extra });

async function readings(...pages: ActivityReading[][]) {
  const db = await freshDb();
  const summaries = [];
  for (const [i, items] of pages.entries()) {
    const at = new Date(Date.parse('2026-11-20T17:00:00.000Z') + i * 3_600_000);
    summaries.push(await saveReading(db, contactPage(ANA, items), at, LA, LA));
  }
  const now = new Date('2026-11-20T23:00:00.000Z');
  const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now, onInvalid: () => undefined });
  const rows = await db.getAll('activities');
  return {
    summaries,
    rows,
    dates: rows.map((row) => row.timestamp ?? `undated ${row.dateText ?? ''}`).sort(),
    undatedKeys: await db.getAllKeys('undatedActivities'),
    calls: view?.touches.byChannel.call,
    undatedCalls: view?.touches.undated ?? 0,
    read: view?.activitiesRead,
  };
}

describe('an item stored with its date, read again undated', () => {
  it('is the dated row: one call in the period, none undated, one activity read', async () => {
    const after = await readings([dayOnly(NOV_4)], [undated('11/04/2026')]);
    expect(after.dates).toEqual([NOV_4]);
    expect(after.rows[0]).not.toHaveProperty('dateText');
    expect(after.rows[0]?.timePrecision).toBe('day');
    expect(after.undatedKeys).toEqual([]);
    expect(after.calls).toBe(1);
    expect(after.undatedCalls).toBe(0);
    expect(after.read).toBe(1);
  });

  it('a row with a time of day keeps it', async () => {
    const after = await readings([call(NOV_4_1030)], [undated('11/04/2026 10:30 AM')]);
    expect(after.rows.map((row) => [row.timestamp, row.timePrecision])).toEqual([[NOV_4_1030, 'minute']]);
  });

  it('takes what the undated sighting adds, and keeps when Touchline first saw the call', async () => {
    const after = await readings([dayOnly(NOV_4)], [undated('11/04/2026', { outcome: 'connected' })]);
    expect(after.rows).toHaveLength(1);
    expect(after.rows[0]).toMatchObject({ outcome: 'connected', firstSeenAt: '2026-11-20T17:00:00.000Z' });
    expect(after.summaries[1]).toMatchObject({ added: 0, updated: 1 });
  });

  it('read undated twice, and dated again: still one row', async () => {
    const after = await readings([dayOnly(NOV_4)], [undated('11/04/2026')], [undated('11/04/2026')], [dayOnly(NOV_4)]);
    expect(after.dates).toEqual([NOV_4]);
    expect(after.summaries.slice(2).map((s) => [s.added, s.updated])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('an item printed without any date text stays its own row: nothing says it is that call', async () => {
    const after = await readings([dayOnly(NOV_4)], [undated()]);
    expect(after.dates).toEqual([NOV_4, 'undated ']);
  });

  it('a date text that fits neither reading of the row’s day is another item', async () => {
    const after = await readings([dayOnly(NOV_4)], [undated('11/05/2026')]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/05/2026']);
  });

  it('two dated rows the undated item could be (4 Nov, 11 Apr): nothing merged', async () => {
    const after = await readings([dayOnly(NOV_4), dayOnly(APR_11)], [undated('11/04/2026')]);
    expect(after.dates).toEqual([APR_11, NOV_4, 'undated 11/04/2026']);
  });

  it('two undated items that could both be the one dated row: nothing merged, no row lost', async () => {
    // "11/04/2026" and "4/11/2026" are each 4 Nov read one way round.
    const after = await readings([dayOnly(NOV_4)], [undated('11/04/2026'), undated('4/11/2026')]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026', 'undated 4/11/2026']);
    expect(after.undatedCalls).toBe(2);
  });

  it('the page showing the dated item beside the undated one: two items', async () => {
    const after = await readings([dayOnly(NOV_4)], [dayOnly(NOV_4), undated('11/04/2026')]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026']);
  });

  it('a row another item of the reading took is not the undated item’s', async () => {
    // The stored 10:30 call is the page's "Nov 4" now (a date alone merges into the one same-day row).
    const after = await readings([call(NOV_4_1030)], [dayOnly(NOV_4), undated('11/04/2026')]);
    expect(after.dates).toEqual([NOV_4_1030, 'undated 11/04/2026']);
  });

  it('another title, direction or type is another item', async () => {
    const after = await readings([dayOnly(NOV_4)], [undated('11/04/2026', { direction: 'inbound' })]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026']);
  });
});
