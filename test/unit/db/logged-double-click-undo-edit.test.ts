import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { anaKey, benKey, callsOn, dealKeyOf, viewOf } from './hand-pages';
import { at, world } from './logged-story';
import { ZONE } from './world-readings';

/**
 * metrics.md "Duplicate" rule 3: two logged calls of Ana, no source id, same channel, direction and
 * title 1.5 s apart are ONE touch (a double click on "call": the panel shows 1 call and one
 * "Logged a call" bar). The panel's Undo and "Add details" act on that touch (the undo bar is for
 * the click the content script saw last; the first click's offer is gone). After Undo the panel
 * must not still show the call; after moving it to yesterday, it must not show a second call today.
 */
describe('a double click on "call", then Undo or Add details', () => {
  async function doubleClicked() {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, at(20)); // 06:40 LA
    const second = await logTouch(db, { recordKey: anaKey, channel: 'call' }, new Date(at(20).getTime() + 1500));
    expect(await callsOn(db, anaKey)).toBe(1); // control: one touch on the panel
    return { db, second };
  }

  it('Undo leaves Ana with 0 calls and no last touch', async () => {
    const { db, second } = await doubleClicked();
    await undoLoggedTouch(db, second.key, ZONE, 'UTC', at(19));
    const view = await viewOf(db, anaKey);
    expect(view.touches.total).toBe(0);
    expect(view.daysSinceLastTouch).toBeNull();
  });

  it('moving it to yesterday 17:00 leaves 1 call, last touch 1 day ago (not a second call today)', async () => {
    const { db, second } = await doubleClicked();
    // 17:00 on 19 Nov in Los Angeles.
    await updateLoggedTouch(db, second.key, { timestamp: '2026-11-20T01:00:00.000Z' }, at(15), ZONE, 'UTC');
    const view = await viewOf(db, anaKey);
    expect(view.touches.total).toBe(1);
    expect(view.daysSinceLastTouch).toBe(1);
  });
});

describe('logging the same touch again within 2 minutes (duplicate rule 3)', () => {
  it('returns the touch logged by the first click: one logged call is stored', async () => {
    const db = await world();
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call' }, at(20));
    const second = await logTouch(db, { recordKey: anaKey, channel: 'call' }, new Date(at(20).getTime() + 1500));
    expect(second.key).toBe(first.key);
    const logged = (await db.getAll('activities')).filter((row) => row.origin === 'logged-in-touchline');
    expect(logged.map((row) => row.key)).toEqual([first.key]);
  });

  it('a call logged 3 minutes after the first is a second call', async () => {
    const db = await world();
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call' }, at(20));
    const second = await logTouch(db, { recordKey: anaKey, channel: 'call' }, at(17));
    expect(second.key).not.toBe(first.key);
    expect(await callsOn(db, anaKey)).toBe(2);
  });

  it('an email logged right after a call, or an inbound call after an outbound one, is another touch', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, at(20));
    await logTouch(db, { recordKey: anaKey, channel: 'email' }, at(20));
    await logTouch(db, { recordKey: anaKey, channel: 'call', direction: 'inbound' }, at(20));
    const view = await viewOf(db, anaKey);
    expect(view.touches.total).toBe(3);
  });

  it('two calls logged on the deal within a minute, one with Ana and one with Ben, are two calls', async () => {
    const db = await world();
    await logTouch(db, { recordKey: dealKeyOf, channel: 'call', contactKey: anaKey }, at(20));
    await logTouch(
      db,
      { recordKey: dealKeyOf, channel: 'call', contactKey: benKey },
      new Date(at(20).getTime() + 30_000),
    );
    expect(await callsOn(db, dealKeyOf)).toBe(2);
    expect([await callsOn(db, anaKey), await callsOn(db, benKey)]).toEqual([1, 1]);
  });
});
