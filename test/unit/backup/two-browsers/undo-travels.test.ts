import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../../lib/db/logged-touches';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from '../../db/hand-pages';
import { freshDb, ZONE } from '../../db/world-readings';
import { carry, minutes, save } from './world';

/**
 * decisions.md "Backups": an older copy never overwrites a newer. Undoing a logged touch is newer
 * than every copy of it made before: a backup taken before the undo must not bring it back, and a
 * backup taken after carries the undo to the other browser.
 */
describe('a logged touch undone in one browser', () => {
  const AT = '2026-11-20T14:00:00.000Z';

  async function laptopWithCall() {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    const touch = await logTouch(
      laptop,
      { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' },
      minutes(0),
    );
    return { laptop, touch };
  }

  it('stays undone when a backup of the other browser made before the undo is imported', async () => {
    const { laptop, touch } = await laptopWithCall();
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(2));
    await undoLoggedTouch(laptop, touch.key, ZONE, ZONE, minutes(5));

    await carry(desktop, laptop, minutes(10));

    expect(await callsOn(laptop, anaKey)).toBe(0);
  });

  it("is undone in the other browser by a later backup, and the CRM's copy loses the user's outcome there", async () => {
    const { laptop, touch } = await laptopWithCall();
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(2));
    await save(desktop, contactPage(ANA, [call(AT, { sourceId: 'call-9' })]), minutes(3));
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    await undoLoggedTouch(laptop, touch.key, ZONE, ZONE, minutes(5));

    await carry(laptop, desktop, minutes(10));

    expect(await callsOn(desktop, anaKey)).toBe(1);
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('comes back when the other browser edited it after the undo (the newer copy wins)', async () => {
    const { laptop, touch } = await laptopWithCall();
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(2));
    await undoLoggedTouch(laptop, touch.key, ZONE, ZONE, minutes(5));
    await updateLoggedTouch(desktop, touch.key, { note: 'Called back' }, minutes(8), ZONE, ZONE);

    await carry(desktop, laptop, minutes(10));

    expect((await laptop.get('activities', touch.key))?.note).toBe('Called back');
  });

  it("leaves the CRM copy's own outcome when an older backup brings back a touch undone here", async () => {
    const { laptop, touch } = await laptopWithCall();
    // The CRM shows the call as connected itself; the laptop reads it after logging: merged there.
    const shown = contactPage(ANA, [call(AT, { sourceId: 'call-9', outcome: 'connected' })]);
    await save(laptop, shown, minutes(1));
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(2));
    await undoLoggedTouch(desktop, touch.key, ZONE, ZONE, minutes(5));
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });

    await carry(laptop, desktop, minutes(10));

    expect(await callsOn(desktop, anaKey)).toBe(1);
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
