import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { readContactData } from '../../../lib/db/reads';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, BEN, call, callsOn, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * contracts.md: a logged touch's merge into its page copy "is remembered, so it is counted once on
 * every view (contact and deal)". The first page copy may be on the deal's timeline, naming nobody:
 * the contact's view still counts the touch, through that copy.
 */
describe('a touch logged on a contact whose CRM copy shows first on the deal page', () => {
  const AT = '2026-11-20T14:00:00.000Z';
  const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1]) => saveReading(db, reading, NOW, ZONE);

  it('counts once on the contact and on the deal, before and after the contact page shows it', async () => {
    const db = await freshDb();
    await save(db, contactPage(ANA, []));
    await save(db, contactPage(BEN, []));
    await save(db, dealPage([]));
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, NOW);
    expect(await callsOn(db, anaKey)).toBe(1);

    const saved = await save(db, dealPage([call(AT)]));
    expect(saved.mergedLogged).toHaveLength(1);
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);

    // What a contact reading's save hands back for the panel is what a read finds, the deal copy included.
    const again = await save(db, contactPage(ANA, []));
    expect(again.saved?.activities).toEqual((await readContactData(db, anaKey)).activities);
    expect(again.saved?.activities).toHaveLength(2);

    await save(db, contactPage(ANA, [call(AT)]));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
  });
});
