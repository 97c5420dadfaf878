import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, BEN, benKey, call, callsOn, connectRateOn, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { at, save, world } from './logged-story';
import { NOW, ZONE } from './world-readings';

/**
 * metrics.md "Duplicate" rule 2 and "each touch joins the group of the earliest touch it
 * duplicates": a call captured at 05:30, 05:31:30 and 05:33 under three ids is one call.
 * "Logged in Touchline": a logged touch merges with ONE page touch of its day, first seen after it.
 * The rep called Ana at 05:30 and logged it; called her again at 06:00 from a mobile and logged that
 * too. Ana's page then shows the 05:30 call three times. Two calls, the 06:00 one still to be
 * entered in the CRM: the third capture is the first call's, and takes no logged call of its own
 * (the counts would hide that one inside the first). Times in Los Angeles; NOW is 07:00.
 */
describe('three chained captures of one call, and two calls logged that day', () => {
  async function read() {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T13:30:00.000Z' }, at(25));
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' }, at(24));
    await save(
      db,
      contactPage(ANA, [
        call('2026-11-20T13:33:00.000Z', { sourceId: '703' }),
        call('2026-11-20T13:31:30.000Z', { sourceId: '702' }),
        call('2026-11-20T13:30:00.000Z', { sourceId: '701' }),
      ]),
      at(20),
    );
    return db;
  }

  it('are 2 calls on Ana', async () => {
    expect(await callsOn(await read(), anaKey)).toBe(2);
  });

  it('leave the 06:00 logged call listed for export to the CRM', async () => {
    const files = await loggedTouchesCsv(await read(), ZONE, NOW);
    expect(files.reduce((rows, file) => rows + file.rows, 0)).toBe(1);
  });
});

/**
 * A capture chains to another only as the counts merge them: the same person (rule 3's "the
 * contact, or a contact of the same deal", a copy naming Ben is never Ana's touch) and no other
 * owner than a capture with an id names.
 */
describe('captures linked only through one naming nobody', () => {
  it("leave Ben's call his own: Ana 1 call, Ben 1, the deal 2, nothing left to export", async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T13:30:00.000Z' }, at(25));
    await logTouch(db, { recordKey: benKey, channel: 'call', timestamp: '2026-11-20T13:33:00.000Z' }, at(24));
    await save(
      db,
      dealPage([
        call('2026-11-20T13:33:00.000Z', { sourceId: '703', contactIds: [BEN] }),
        call('2026-11-20T13:31:30.000Z', { sourceId: '702' }),
        call('2026-11-20T13:30:00.000Z', { sourceId: '701', contactIds: [ANA] }),
      ]),
      at(20),
    );
    expect([await callsOn(db, anaKey), await callsOn(db, benKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1, 2]);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.reduce((rows, file) => rows + file.rows, 0)).toBe(0);
  });

  it("leave Sam's call without Dana's logged outcome: 2 calls, 1 of 2 connected", async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T13:30:00.000Z', outcome: 'connected' },
      at(25),
    );
    await save(
      db,
      contactPage(ANA, [
        call('2026-11-20T13:33:00.000Z', { sourceId: '703', owner: 'Sam Lee' }),
        call('2026-11-20T13:31:30.000Z', { sourceId: '702' }),
        call('2026-11-20T13:30:00.000Z', { sourceId: '701', owner: 'Dana Reyes' }),
      ]),
      at(20),
    );
    expect(await callsOn(db, anaKey)).toBe(2);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
