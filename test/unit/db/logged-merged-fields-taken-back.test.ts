import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * What a merged logged touch gave its page copy (user-fields.ts: outcome, a time of day over a date
 * alone, a direction over unknown) follows the logged touches merged into it when one is undone
 * or edited. Test clock: Fri 20 Nov 07:00 PST (15:00 UTC), zone Los Angeles.
 */
describe('the page copy of logged touches, after an undo or an edit', () => {
  const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
  const pageCalls = async (db: TouchlineDb) =>
    (await db.getAll('activities')).filter((row) => row.origin === 'page' && row.channel === 'call');

  async function anaSeen() {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), minutesAgo(120), ZONE, ZONE);
    return db;
  }

  it('a double click (one logged call) merged into the CRM call: undoing it keeps the CRM call, no longer connected', async () => {
    const db = await anaSeen();
    const click = minutesAgo(20);
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'connected' }, click);
    await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'connected' }, new Date(click.getTime() + 1_500));
    await saveReading(db, contactPage(ANA, [call('2026-11-20T14:40:00.000Z')]), minutesAgo(10), ZONE, ZONE);
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });

    await undoLoggedTouch(db, first.key, ZONE, ZONE, NOW);

    // The double click was one logged call, and Undo took it back: the CRM's call, outcome unknown, is left.
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('a date-only CRM call that took the logged 10:00 takes 11:00 when the touch is edited, and its date again on undo', async () => {
    const db = await anaSeen();
    const touch = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-19T18:00:00.000Z' },
      minutesAgo(60),
    );
    // "Nov 19" without a time: stored at 00:00 PST.
    await saveReading(
      db,
      contactPage(ANA, [call('2026-11-19T08:00:00.000Z', { timePrecision: 'day' })]),
      minutesAgo(30),
      ZONE,
      ZONE,
    );
    expect(await pageCalls(db)).toMatchObject([{ timestamp: '2026-11-19T18:00:00.000Z', timePrecision: 'minute' }]);
    expect((await pageCalls(db))[0]).not.toHaveProperty('printedOn');

    await updateLoggedTouch(db, touch.key, { timestamp: '2026-11-19T19:00:00.000Z' }, minutesAgo(20), ZONE, ZONE);
    expect(await pageCalls(db)).toMatchObject([{ timestamp: '2026-11-19T19:00:00.000Z', timePrecision: 'minute' }]);

    await undoLoggedTouch(db, touch.key, ZONE, ZONE, NOW);
    expect(await pageCalls(db)).toMatchObject([
      { timestamp: '2026-11-19T08:00:00.000Z', timePrecision: 'day', printedOn: '2026-11-19', direction: 'outbound' },
    ]);
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it('undo gives the CRM call back its unknown direction, and keeps a direction the CRM showed itself', async () => {
    const db = await anaSeen();
    const unknown = call('2026-11-20T13:00:00.000Z', { direction: 'unknown', title: 'Call A' });
    const shown = call('2026-11-20T14:00:00.000Z', { title: 'Call B' });
    const a = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T13:00:00.000Z', direction: 'inbound' },
      minutesAgo(90),
    );
    const b = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' },
      minutesAgo(55),
    );
    await saveReading(db, contactPage(ANA, [unknown, shown]), minutesAgo(10), ZONE, ZONE);
    const byTitle = async () => Object.fromEntries((await pageCalls(db)).map((row) => [row.title, row.direction]));
    expect(await byTitle()).toEqual({ 'Call A': 'inbound', 'Call B': 'outbound' });

    await undoLoggedTouch(db, a.key, ZONE, ZONE, NOW);
    await undoLoggedTouch(db, b.key, ZONE, ZONE, NOW);

    expect(await byTitle()).toEqual({ 'Call A': 'unknown', 'Call B': 'outbound' });
  });
});
