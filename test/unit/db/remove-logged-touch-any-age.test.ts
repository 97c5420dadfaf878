/**
 * The panel's Recent list removes a touch logged by mistake with the same request as Undo
 * (lib/content/remove-logged.ts), long after the undo offer went: the background's undo has no
 * time limit. A logged touch the CRM's own copy has since been merged with is listed as the
 * page's touch (it gets no Remove: the CRM holds it); removed all the same (a removal already on
 * its way as the page copy merged), the page copy stays counted without the rep's fields.
 *
 * Rep in Los Angeles; test clock Fri 20 Nov 2026 07:00 PST (15:00 UTC).
 */
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('removing a logged touch later', () => {
  it('removes a touch logged 80 days ago', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), daysAgo(81), ZONE, ZONE);
    const logged = await logTouch(db, { recordKey: anaKey, channel: 'social' }, daysAgo(80));
    expect((await viewOf(db, anaKey)).recent.map((t) => [t.key, t.origin])).toEqual([
      [logged.key, 'logged-in-touchline'],
    ]);

    await undoLoggedTouch(db, logged.key, ZONE, ZONE, NOW);
    expect((await viewOf(db, anaKey)).recent).toEqual([]);
    expect(await db.get('activities', logged.key)).toBeUndefined();
  });

  it('leaves the CRM’s copy counted, without the rep’s outcome, when the logged touch was merged with it', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), daysAgo(11), ZONE, ZONE);
    // Tue 10 Nov 07:00 PST the rep logs the connected call of 06:00; the CRM page shows that call next day.
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-10T14:00:00.000Z', outcome: 'connected' },
      daysAgo(10),
    );
    const pageCall = call('2026-11-10T14:00:00.000Z', { sourceId: 'c-1' });
    await saveReading(db, contactPage(ANA, [pageCall]), daysAgo(9), ZONE, ZONE);
    const before = await viewOf(db, anaKey);
    expect(before.recent.map((t) => t.origin)).toEqual(['page']);
    expect(before.kind === 'contact' && before.outcomes.connectRate.numerator).toBe(1);

    await undoLoggedTouch(db, logged.key, ZONE, ZONE, NOW);
    const after = await viewOf(db, anaKey);
    expect(after.touches.byChannel.call).toBe(1);
    expect(after.recent.map((t) => t.origin)).toEqual(['page']);
    expect(after.kind === 'contact' && after.outcomes.connectRate.numerator).toBe(0);
  });
});
