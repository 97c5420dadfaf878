import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, callsOn, contactPage } from './hand-pages';
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
