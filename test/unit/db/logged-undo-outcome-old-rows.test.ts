/**
 * Undo takes a logged outcome back where pageOwn.outcome marks what the page showed. Rows merged by
 * 0.7.8 (before pageOwn.outcome existed; no database migration adds it) carry the logged outcome
 * with no mark. By hand: the CRM call c-2 showed no outcome; the rep logged "connected" (0.7.8
 * merged it onto the page copy); after upgrading, the rep undoes the log. The CRM still shows one
 * call with no outcome -> 1 call, 0 connected (the "connected" was only the rep's word, now
 * withdrawn). 0.7.8 gave exactly that (an outcome equal to the user's was taken as theirs).
 */
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe('undo of a logged outcome on a row merged before pageOwn.outcome existed', () => {
  it('takes the logged "connected" back: 0 connected calls', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), new Date('2026-11-20T13:00:00Z'), ZONE, ZONE);
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', outcome: 'connected' },
      minutesAgo(55),
    );
    await saveReading(
      db,
      contactPage(ANA, [call('2026-11-20T14:00:00.000Z', { sourceId: 'c-2' })]),
      minutesAgo(10),
      ZONE,
      ZONE,
    );
    // The row as 0.7.8 stored it: no pageOwn.outcome.
    const rows = await db.getAll('activities');
    const merged = rows.filter((r) => r.sourceId === 'c-2');
    expect(merged).toHaveLength(1);
    const row = merged[0] as (typeof rows)[number];
    expect(row.outcome).toBe('connected');
    const { outcome: _mark, ...own } = row.pageOwn ?? {};
    const old = { ...row, ...(Object.keys(own).length > 0 ? { pageOwn: own } : {}) };
    if (Object.keys(own).length === 0) delete (old as { pageOwn?: unknown }).pageOwn;
    await db.put('activities', old);

    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    if (view.kind !== 'contact') throw new Error('not a contact');
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.outcomes.connectRate?.numerator ?? 0).toBe(0);
  });
});
