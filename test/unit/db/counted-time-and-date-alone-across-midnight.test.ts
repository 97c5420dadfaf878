import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * A call made Thu 19 Nov 2026 around 23:10 in Los Angeles, on Ana's contact page (no CRM ids).
 * Read at 03:05 on Friday, the page says "3 hours ago": 00:05 on the 20th, a time worked out from
 * a count, which stands for up to an hour before it and is keyed by its day (contracts.md "Keys").
 * Read by day, it says "Nov 19". decisions.md "Keys and time": a date-only reading merges into the
 * one stored same-day row of the same record, type, direction and title, and never lowers its
 * precision; a count is on the days its drift reaches (lib/db/time-precision.ts countWithinDay),
 * so the two are one call, the count's time kept. By hand: one row, one call, in every story but
 * those the count cannot reach and the one page showing both items at once.
 */
const LA = 'America/Los_Angeles';
const COUNTED = '2026-11-20T08:05:00.000Z'; // "3 hours ago" read at 03:05 Fri: 00:05 Fri
const AT_0305 = '2026-11-20T11:05:00.000Z';
const NOV_19 = '2026-11-19T08:00:00.000Z';
const NOV_18 = '2026-11-18T08:00:00.000Z';
const LATER = '2026-11-20T18:00:00.000Z';

const counted = (timestamp = COUNTED) => call(timestamp, { relativeTime: true });
const dayOnly = (timestamp = NOV_19) => call(timestamp, { timePrecision: 'day' });

async function readings(...pages: [ActivityReading[], string][]) {
  const db = await freshDb();
  for (const [items, at] of pages) await saveReading(db, contactPage(ANA, items), new Date(at), LA, LA);
  const now = new Date(LATER);
  const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now, onInvalid: () => undefined });
  const rows = await db.getAll('activities');
  return {
    rows: rows.map((row) => [row.timestamp, row.timePrecision, row.relativeTime ?? false]).sort(),
    calls: view?.touches.byChannel.call,
    read: view?.activitiesRead,
  };
}

describe('a call counted after midnight and dated by the day before', () => {
  it('"3 hours ago" (00:05 Fri), then "Nov 19": one row, keeping the counted time', async () => {
    const after = await readings([[counted()], AT_0305], [[dayOnly()], LATER]);
    expect(after.rows).toEqual([[COUNTED, 'minute', true]]);
    expect(after.calls).toBe(1);
    expect(after.read).toBe(1);
  });

  it('"Nov 19", then "3 hours ago" (00:05 Fri): one row, at the counted time', async () => {
    const after = await readings([[dayOnly()], '2026-11-20T10:00:00.000Z'], [[counted()], AT_0305]);
    expect(after.rows).toEqual([[COUNTED, 'minute', true]]);
    expect(after.calls).toBe(1);
  });

  it('counted, by day, counted again, by day again: still one row', async () => {
    const after = await readings(
      [[counted()], AT_0305],
      [[dayOnly()], '2026-11-20T12:00:00.000Z'],
      [[counted('2026-11-20T08:00:00.000Z')], '2026-11-20T13:00:00.000Z'],
      [[dayOnly()], LATER],
    );
    expect(after.rows).toEqual([['2026-11-20T08:00:00.000Z', 'minute', true]]);
  });

  it('"10 minutes ago" at 23:50 Thu, "3 hours ago" at 03:05 Fri, then "Nov 19": the time is not lowered to a date', async () => {
    // The row keeps Thursday's key while its count moved onto Friday; "Nov 19" has that key.
    const after = await readings(
      [[counted('2026-11-20T07:40:00.000Z')], '2026-11-20T07:50:00.000Z'],
      [[counted()], AT_0305],
      [[dayOnly()], LATER],
    );
    expect(after.rows).toEqual([[COUNTED, 'minute', true]]);
  });

  it('a day the count cannot reach is another call: "Nov 18" beside 00:05 Fri, two rows', async () => {
    const after = await readings([[counted()], AT_0305], [[dayOnly(NOV_18)], LATER]);
    expect(after.rows).toHaveLength(2);
  });

  it('a count more than its drift past midnight is another call: 01:30 Fri beside "Nov 19", two rows', async () => {
    const after = await readings([[counted('2026-11-20T09:30:00.000Z')], AT_0305], [[dayOnly()], LATER]);
    expect(after.rows).toHaveLength(2);
  });

  it('"Nov 19" beside a call shown on the 19th and one counted on the 20th: the day\'s own row takes it', async () => {
    // Thu 23:30 shown and "40 minutes ago" (00:20 Fri) listed together: two calls (second-call-across-midnight).
    const THU_2330 = '2026-11-20T07:30:00.000Z';
    const after = await readings(
      [[call(THU_2330), counted('2026-11-20T08:20:00.000Z')], '2026-11-20T09:00:00.000Z'],
      [[dayOnly()], LATER],
    );
    expect(after.rows).toEqual([
      [THU_2330, 'minute', false],
      ['2026-11-20T08:20:00.000Z', 'minute', true],
    ]);
  });

  it('one page showing both at once, the counted one stored before: two calls', async () => {
    const after = await readings(
      [[counted()], AT_0305],
      [[dayOnly(), counted('2026-11-20T08:00:00.000Z')], '2026-11-20T12:00:00.000Z'],
    );
    expect(after.rows).toEqual([
      [NOV_19, 'day', false],
      ['2026-11-20T08:00:00.000Z', 'minute', true],
    ]);
    expect(after.calls).toBe(2);
  });
});
