import { describe, expect, it } from 'vitest';
import { eraseScope } from '../../../lib/db/erase';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, BEN, call, callsOn, connectRateOn, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

/**
 * A logged touch merges into the CRM copy on the deal's timeline; the same call (no CRM ids) is
 * stored from the contact's page too. Erasing the deal takes one copy of the touch, not the touch.
 */
describe('erasing a deal whose page copy of a logged touch is also stored from the contact page', () => {
  const AT = '2026-11-20T14:00:00.000Z';
  const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1]) => saveReading(db, reading, NOW, ZONE);

  async function callOnDealThenContact(logged: Omit<Parameters<typeof logTouch>[1], 'channel' | 'timestamp'>) {
    const db = await freshDb();
    await save(db, contactPage(ANA, []));
    await save(db, contactPage(BEN, []));
    await save(db, dealPage([]));
    await logTouch(db, { ...logged, channel: 'call', timestamp: AT }, NOW);
    await save(db, dealPage([call(AT)]));
    await save(db, contactPage(ANA, [call(AT)]));
    expect(await callsOn(db, anaKey)).toBe(1);
    return db;
  }

  it("keeps a contact's logged touch merged into the copy on the contact's page: 1 call, not 2", async () => {
    const db = await callOnDealThenContact({ recordKey: anaKey });
    await eraseScope(db, { kind: 'record', recordKey: dealKeyOf });
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it('does not offer that touch to the CRM again: the CRM shows it on the contact', async () => {
    const db = await callOnDealThenContact({ recordKey: anaKey });
    await eraseScope(db, { kind: 'record', recordKey: dealKeyOf });
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.reduce((n, f) => n + f.rows, 0)).toBe(0);
  });

  it("takes the outcome of a touch logged on the erased deal off the contact's copy too", async () => {
    const db = await callOnDealThenContact({ recordKey: dealKeyOf, outcome: 'connected' });
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    await eraseScope(db, { kind: 'record', recordKey: dealKeyOf });
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
