/**
 * A logged touch carried between two browsers: what must stay as it is in one browser.
 */
import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../../lib/db/logged-touches';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from '../../db/hand-pages';
import { freshDb, ZONE } from '../../db/world-readings';
import { storedRows } from '../backup-world';
import { carry, minutes, packsAndRows, save } from './world';

const AT = '2026-11-20T14:00:00.000Z';
const shownCall = contactPage(ANA, [call(AT, { sourceId: 'call-9' })]);

describe('a logged touch carried between two browsers, as in one browser', () => {
  it('a same-day time edit on the laptop keeps the desktop call merged, once, with the new outcome', async () => {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    const touch = await logTouch(
      laptop,
      { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' },
      minutes(0),
    );
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, []), minutes(-10));
    await carry(laptop, desktop, minutes(2));
    await save(desktop, shownCall, minutes(5));
    const page = (await desktop.get('activities', touch.key))?.mergedInto;
    expect(page).toBeDefined();
    await updateLoggedTouch(
      laptop,
      touch.key,
      { timestamp: '2026-11-20T14:20:00.000Z', outcome: 'voicemail' },
      minutes(20),
      ZONE,
      ZONE,
    );
    await carry(laptop, desktop, minutes(25));
    expect((await desktop.get('activities', touch.key))?.mergedInto).toBe(page);
    expect(await callsOn(desktop, anaKey)).toBe(1);
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
    const packs = await packsAndRows(desktop);
    expect(packs.stored).toEqual(packs.expected);
  });

  it('importing the same file twice changes nothing after an earlier first sighting was taken over', async () => {
    const desktop = await freshDb();
    await save(desktop, shownCall, minutes(-5));
    const laptop = await freshDb();
    await save(laptop, shownCall, minutes(5));
    await carry(desktop, laptop, minutes(10));
    const once = await storedRows(laptop);
    const packsOnce = await laptop.getAll('activityPacks');
    await carry(desktop, laptop, minutes(11));
    expect(await storedRows(laptop)).toEqual(once);
    expect(await laptop.getAll('activityPacks')).toEqual(packsOnce);
  });
});
