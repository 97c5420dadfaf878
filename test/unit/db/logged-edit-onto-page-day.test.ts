import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/** Minutes before the panel is looked at (NOW). */
const minutes = (n: number) => new Date(NOW.getTime() - (10 - n) * 60_000);
const save = (db: TouchlineDb, at: Date, items: Parameters<typeof contactPage>[1]) =>
  saveReading(db, contactPage(ANA, items), at, ZONE);
const YESTERDAY = '2026-11-19T18:00:00.000Z'; // 10:00 on 19 Nov in Los Angeles
const theCall = call(YESTERDAY, { sourceId: 'call-y' });

describe('a logged touch moved by an edit onto the day of a page touch', () => {
  it('merges with the page copy Touchline first saw after the touch was logged: Ana has 1 call', async () => {
    const db = await freshDb();
    await save(db, minutes(0), []);
    // Logged for today by mistake; the CRM's copy, dated yesterday, shows up afterwards.
    const touch = await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'connected' }, minutes(1));
    await save(db, minutes(2), [theCall]);
    expect(await callsOn(db, anaKey)).toBe(2);

    await updateLoggedTouch(db, touch.key, { timestamp: YESTERDAY }, minutes(3), ZONE);

    expect(await callsOn(db, anaKey)).toBe(1);
    // The page copy, the one counted, carries the user's outcome.
    expect((await connectRateOn(db, anaKey)).value).toBe(1);
  });

  it('stays a second call when the page showed that call before the user logged theirs', async () => {
    const db = await freshDb();
    await save(db, minutes(0), [theCall]);
    const touch = await logTouch(db, { recordKey: anaKey, channel: 'call' }, minutes(1));

    await updateLoggedTouch(db, touch.key, { timestamp: YESTERDAY }, minutes(3), ZONE);

    expect(await callsOn(db, anaKey)).toBe(2);
  });

  it('stays merged when the page is read again afterwards', async () => {
    const db = await freshDb();
    await save(db, minutes(0), []);
    const touch = await logTouch(db, { recordKey: anaKey, channel: 'call' }, minutes(1));
    await save(db, minutes(2), [theCall]);
    await updateLoggedTouch(db, touch.key, { timestamp: YESTERDAY }, minutes(3), ZONE);

    await save(db, minutes(4), [theCall]);

    expect(await callsOn(db, anaKey)).toBe(1);
  });
});
