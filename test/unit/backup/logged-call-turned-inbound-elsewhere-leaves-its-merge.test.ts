/**
 * A logged call merged with the CRM's copy on one browser, turned inbound on the other.
 *
 * Rep in Los Angeles. Mon 16 Nov, desktop: she reads Ana's page (no calls), then at 09:35 PT logs
 * a call at 09:30 PT, connected. Tue 17 Nov the desktop reads Ana's page again: an outbound call at
 * 09:31 PT, outcome not shown, first seen after the log, so the two are one call (metrics.md
 * "Logged in Touchline"): 1 call, 1 of 1 connected. The laptop restores the desktop's backup and on
 * Wed 18 Nov she corrects the logged call there: Ana called her (inbound). Thu 19 Nov the desktop
 * imports the laptop's backup.
 *
 * By hand: an inbound call and an outbound one are two touches (metrics.md "Duplicate" rule 3:
 * same direction), as the edit on the laptop made them (updateLoggedTouch undoes the merge). So 2
 * calls, 1 inbound; the CRM's outbound call is back to its own unknown outcome: an attempt, not a
 * connect, and the inbound call is no attempt: 0 of 1 connected. The packs follow the rows.
 */
import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, call, contactPage, viewOf } from '../db/hand-pages';
import { freshDb, ZONE } from '../db/world-readings';
import { carry, packsAndRows, save } from './two-browsers/world';

const at = (iso: string) => new Date(iso);
const crmCall = call('2026-11-16T17:31:00.000Z', { sourceId: 'call-5531' });

async function figures(db: TouchlineDb) {
  const view = await viewOf(db, anaKey);
  if (view.kind !== 'contact') throw new Error('Ana is a contact');
  const { numerator, denominator } = view.outcomes.connectRate;
  return {
    calls: view.touches.byChannel.call,
    inbound: view.touches.inbound,
    connects: numerator,
    attempts: denominator,
  };
}

describe('a merged logged call turned inbound on the other browser', () => {
  it('leaves the CRM’s outbound copy on this browser after the import: 2 calls, 1 inbound, 0 of 1 connected', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, []), at('2026-11-16T17:00:00Z'));
    const logged = await logTouch(
      desktop,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-16T17:30:00.000Z', outcome: 'connected' },
      at('2026-11-16T17:35:00Z'),
    );
    await save(desktop, contactPage(ANA, [crmCall]), at('2026-11-17T17:00:00Z'));
    expect(await figures(desktop)).toEqual({ calls: 1, inbound: 0, connects: 1, attempts: 1 });

    const laptop = await freshDb();
    await carry(desktop, laptop, at('2026-11-17T18:00:00Z'));
    await updateLoggedTouch(laptop, logged.key, { direction: 'inbound' }, at('2026-11-18T17:00:00Z'), ZONE, ZONE);
    await carry(laptop, desktop, at('2026-11-19T17:00:00Z'));

    expect(await figures(desktop)).toEqual({ calls: 2, inbound: 1, connects: 0, attempts: 1 });
    const { stored, expected } = await packsAndRows(desktop);
    expect(stored).toEqual(expected);
  });
});
