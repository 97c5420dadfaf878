import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

// 18 November in Los Angeles: 13:00 is 21:00Z, and the day starts at 08:00Z.
const ONE_PM = '2026-11-18T21:00:00.000Z';
const DAY = '2026-11-18T08:00:00.000Z';
const timed = (extra: Partial<ActivityReading> = {}) => call(ONE_PM, { timePrecision: 'minute', ...extra });
const dateOnly = (extra: Partial<ActivityReading> = {}) => call(DAY, { timePrecision: 'day', ...extra });
const save = (db: TouchlineDb, ...items: ActivityReading[]) =>
  saveReading(db, contactPage(ANA, items), NOW, ZONE, ZONE);
const calls = async (db: TouchlineDb) => (await db.getAll('activities')).filter((a) => a.origin === 'page');

describe('a re-read never lowers the precision of a stored time', () => {
  it('keeps 13:00 when the page later shows the same call (same CRM id) with its date only', async () => {
    const db = await freshDb();
    await save(db, { ...timed(), sourceId: 'call-1' });

    await save(db, { ...dateOnly(), sourceId: 'call-1' });

    expect(await calls(db)).toMatchObject([{ timestamp: ONE_PM, timePrecision: 'minute' }]);
  });

  it('merges a date-only sighting without CRM id into the one call stored that day, keeping 13:00', async () => {
    const db = await freshDb();
    await save(db, timed());

    const summary = await save(db, dateOnly());

    expect(summary).toMatchObject({ added: 0 });
    expect(await calls(db)).toMatchObject([{ timestamp: ONE_PM, timePrecision: 'minute' }]);
  });

  it('makes a stored date-only call precise when the page later shows its time, and its logged copy follows', async () => {
    const db = await freshDb();
    await save(db);
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-18T20:00:00.000Z' },
      NOW,
    );
    await save(db, dateOnly());

    await save(db, timed());

    const stored = await calls(db);
    expect(stored).toMatchObject([{ timestamp: ONE_PM, timePrecision: 'minute' }]);
    // The printed date no longer says where it stands: its time does.
    expect(stored[0]).not.toHaveProperty('printedOn');
    expect((await db.get('activities', logged.key))?.mergedInto).toBe(stored[0]?.key);
  });

  it('keeps two calls apart when they differ in direction, title or day', async () => {
    const db = await freshDb();
    await save(db, timed());

    await save(
      db,
      dateOnly({ direction: 'inbound' }),
      dateOnly({ title: 'Call with Ben' }),
      call('2026-11-19T08:00:00.000Z', { timePrecision: 'day' }),
    );

    expect(await calls(db)).toHaveLength(4);
  });

  it('leaves a date-only sighting as its own row when two calls were stored that day (which one it is, is unknowable)', async () => {
    const db = await freshDb();
    await save(db, timed(), call('2026-11-18T17:00:00.000Z', { timePrecision: 'minute' }));

    await save(db, dateOnly());

    expect((await calls(db)).map((a) => a.timestamp).sort()).toEqual([
      '2026-11-18T08:00:00.000Z',
      '2026-11-18T17:00:00.000Z',
      ONE_PM,
    ]);
  });
});
