/**
 * `pageOwn` (withUserFields): what the page itself showed where a merged logged touch replaced it.
 * A later sighting that shows an outcome, a direction or a time of day itself makes that value the page's
 * own: an undo then keeps it. Rep in Los Angeles; test clock Fri 20 Nov 2026 07:00 PST.
 */
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const pageRows = async (db: TouchlineDb) => (await db.getAll('activities')).filter((row) => row.origin === 'page');

async function anaSeen() {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, []), new Date('2026-11-20T13:00:00Z'), ZONE, ZONE);
  return db;
}

describe('the page’s own direction and time, once a later sighting shows them', () => {
  it('an inbound call the page shows only on a later reading stays inbound after the undo', async () => {
    const db = await anaSeen();
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', direction: 'inbound' },
      minutesAgo(55),
    );
    const noIcon = call('2026-11-20T14:00:00.000Z', { direction: 'unknown', sourceId: 'c-2' });
    await saveReading(db, contactPage(ANA, [noIcon]), minutesAgo(20), ZONE, ZONE);
    expect((await pageRows(db))[0]).toMatchObject({ direction: 'inbound', pageOwn: { direction: 'unknown' } });
    await saveReading(db, contactPage(ANA, [{ ...noIcon, direction: 'inbound' }]), minutesAgo(10), ZONE, ZONE);
    expect((await pageRows(db))[0]).not.toHaveProperty('pageOwn');
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    expect((await viewOf(db, anaKey)).touches.inbound).toBe(1);
  });

  it('a connected outcome the page shows only on a later reading stays after the undo', async () => {
    const db = await anaSeen();
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', outcome: 'connected' },
      minutesAgo(55),
    );
    const noOutcome = call('2026-11-20T14:00:00.000Z', { outcome: 'unknown', sourceId: 'c-2' });
    await saveReading(db, contactPage(ANA, [noOutcome]), minutesAgo(20), ZONE, ZONE);
    expect((await pageRows(db))[0]).toMatchObject({ outcome: 'connected', pageOwn: { outcome: 'unknown' } });
    await saveReading(db, contactPage(ANA, [{ ...noOutcome, outcome: 'connected' }]), minutesAgo(10), ZONE, ZONE);
    expect((await pageRows(db))[0]).toMatchObject({ pageOwn: { outcome: 'connected' } });
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    if (view.kind !== 'contact') throw new Error('not a contact');
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('a date-only CRM meeting the page shows at 06:00 on a later reading stays held after the undo', async () => {
    const db = await anaSeen();
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-20T14:00:00.000Z' },
      minutesAgo(30),
    );
    const meeting = {
      ...call('2026-11-20T08:00:00.000Z', { sourceId: 'ev-9' }),
      type: 'meeting' as const,
      channel: 'meeting' as const,
      title: 'Breakfast',
    };
    await saveReading(db, contactPage(ANA, [{ ...meeting, timePrecision: 'day' }]), minutesAgo(20), ZONE, ZONE);
    expect((await pageRows(db))[0]).toMatchObject({
      timestamp: '2026-11-20T14:00:00.000Z',
      timePrecision: 'minute',
      pageOwn: { timestamp: '2026-11-20T08:00:00.000Z', timePrecision: 'day', printedOn: '2026-11-20' },
    });
    await saveReading(
      db,
      contactPage(ANA, [{ ...meeting, timestamp: '2026-11-20T14:00:00.000Z' }]),
      minutesAgo(10),
      ZONE,
      ZONE,
    );
    expect((await pageRows(db))[0]).not.toHaveProperty('pageOwn');
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(1);
  });
});
