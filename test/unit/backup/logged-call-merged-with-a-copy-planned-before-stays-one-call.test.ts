/**
 * HubSpot, rep in Los Angeles, one desktop and its backup round-trip.
 * Sun 15 Nov the desktop reads Ana's page (nothing listed). Mon 16 Nov 09:00 PT the desktop reads the Renewal deal page: a call "Call Ana" planned for
 * Tue 17 Nov 10:00 PT (upcoming, not done). Tue 10:00 PT the rep calls Ana; at 10:05 PT she logs
 * the call in Touchline (connected). Tue 11:00 PT the desktop reads Ana's page: the call at 10:00
 * PT, done. The laptop restores the desktop's backup Tue 12:00 PT, and Wed the desktop imports the
 * laptop's backup (nothing new in it).
 * By hand (metrics.md "Logged in Touchline": merges with one page touch ... "provided Touchline
 * first saw that page touch after the touch was logged"; "Planned items of any type are never
 * touches while the CRM shows them as planned"): the call was first seen AS A TOUCH Tue 11:00 PT,
 * after the 10:05 log; the Monday sighting was of a planned item, no touch. One call on Ana, before
 * and after the import.
 */
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { carry, save } from '../backup/two-browsers/world';
import { ANA, anaKey, call, contactPage, dealPage, viewOf } from '../db/hand-pages';
import { freshDb } from '../db/world-readings';

const at = (iso: string) => new Date(iso);
const calls = async (db: TouchlineDb) => (await viewOf(db, anaKey)).touches.byChannel.call ?? 0;

describe('regc: a logged call whose page call was listed as planned before the log', () => {
  it('stays one call after a backup round-trip', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, []), at('2026-11-15T18:00:00Z'));
    await save(
      desktop,
      dealPage([call('2026-11-17T18:00:00.000Z', { title: 'Call Ana', planned: true, contactIds: [ANA] })]),
      at('2026-11-16T17:00:00Z'),
    );
    await logTouch(
      desktop,
      {
        recordKey: anaKey,
        channel: 'call',
        timestamp: '2026-11-17T18:00:00.000Z',
        outcome: 'connected',
        note: 'Budget ok',
      },
      at('2026-11-17T18:05:00Z'),
    );
    await save(
      desktop,
      contactPage(ANA, [call('2026-11-17T18:00:00.000Z', { title: 'Call Ana', planned: false, outcome: 'connected' })]),
      at('2026-11-17T19:00:00Z'),
    );
    expect(await calls(desktop)).toBe(1);
    const laptop = await freshDb();
    await carry(desktop, laptop, at('2026-11-17T20:00:00Z'));
    expect(await calls(laptop)).toBe(1);
    await carry(laptop, desktop, at('2026-11-18T17:00:00Z'));
    expect(await calls(desktop)).toBe(1);
  });
});
