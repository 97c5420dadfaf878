import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { ANA, anaKey, call, connectRateOn, contactPage } from './hand-pages';
import { at, save, world } from './logged-story';
import { ZONE } from './world-readings';

/**
 * The details form opens on the touch's outcome and note; one the rep clears there is sent as
 * "not recorded" (outcome unknown) and an empty note, and the touch then has neither, as had it
 * been logged without them: neither it nor the CRM copy it merged into counts the old outcome.
 */
describe('clearing the outcome and the note of a logged call in "Add details"', () => {
  it('leaves the call without either, and the CRM copy it merged into no longer connected', async () => {
    const db = await world();
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', outcome: 'connected', note: 'spoke to Ana' },
      at(20),
    );
    await save(db, contactPage(ANA, [call('2026-11-20T14:50:00.000Z')]), at(10));
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });

    const edited = await updateLoggedTouch(db, logged.key, { outcome: 'unknown', note: '' }, at(5), ZONE, ZONE);
    expect(edited).not.toHaveProperty('outcome');
    expect(edited).not.toHaveProperty('note');
    expect(await db.get('activities', logged.key)).not.toHaveProperty('note');
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
    const copy = (await db.getAll('activities')).find((row) => row.origin === 'page');
    expect(copy?.outcome ?? 'unknown').toBe('unknown');
    expect(copy).not.toHaveProperty('note');
  });
});
