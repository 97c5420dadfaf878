import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, BEN, call, callsOn, connectRateOn, contactPage, dealPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * A logged touch's CRM copy shows first on the deal's timeline (where it merges), then on the
 * contact's page: both copies take the user's outcome (batch-logged.ts), so undoing, editing or
 * moving the touch must rewrite both, or the contact's page goes on counting the user's words.
 */
describe('undoing or editing a logged touch whose CRM copy is stored from the deal and the contact page', () => {
  const AT = '2026-11-20T14:00:00.000Z';
  const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1]) => saveReading(db, reading, NOW, ZONE);

  async function connectedCallOnTwoPages() {
    const db = await freshDb();
    await save(db, contactPage(ANA, []));
    await save(db, contactPage(BEN, []));
    await save(db, dealPage([]));
    const touch = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' }, NOW);
    // The CRM shows the call, its outcome not shown, on the deal timeline and then on Ana's page.
    await save(db, dealPage([call(AT)]));
    await save(db, contactPage(ANA, [call(AT)]));
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    return { db, touch };
  }

  it("undo leaves the CRM's call without the user's outcome: 1 call, 0 connected", async () => {
    const { db, touch } = await connectedCallOnTwoPages();
    await undoLoggedTouch(db, touch.key);
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it("moving the touch to the day before leaves two calls, only the user's connected", async () => {
    const { db, touch } = await connectedCallOnTwoPages();
    await updateLoggedTouch(db, touch.key, { timestamp: '2026-11-19T14:00:00.000Z' }, NOW, ZONE);
    expect(await callsOn(db, anaKey)).toBe(2);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('a new outcome reaches every copy: voicemail counts 0 connected', async () => {
    const { db, touch } = await connectedCallOnTwoPages();
    await updateLoggedTouch(db, touch.key, { outcome: 'voicemail' }, NOW, ZONE);
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
