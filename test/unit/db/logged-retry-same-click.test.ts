import { describe, expect, it } from 'vitest';
import { listLoggedTouches, logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, call, callsOn, contactPage } from './hand-pages';
import { at, save, world } from './logged-story';

/** One click on "call": its own id, and its time, which a retry sends again as they were. */
const CLICK = { recordKey: anaKey, channel: 'call', logId: '0b5f3c2e-7d4a-4e1b-9c6f-2a8d1e3b4c5d' } as const;
const clickAt = (minutesBefore: number) => ({ ...CLICK, timestamp: at(minutesBefore).toISOString() });
const loggedKeys = async (db: TouchlineDb) => (await listLoggedTouches(db)).touches.map((t) => t.key);

/**
 * A retry of a log the panel could not confirm sends the click again, with its own id and time
 * (lib/content/unconfirmed-logs.ts): the background stores that click once, whatever came between
 * (minutes, a page reading that merged it), while a click of its own is a touch of its own.
 */
describe('a log sent again with the same click id', () => {
  it('returns the touch the first send stored once a page reading has merged it, and stores nothing', async () => {
    const db = await world();
    const first = await logTouch(db, clickAt(20), at(20));
    await save(db, contactPage(ANA, [call(at(20).toISOString())]), at(10));
    const merged = (await listLoggedTouches(db)).touches[0];
    expect(merged?.mergedInto).toBeDefined();

    const again = await logTouch(db, clickAt(20), at(5));
    expect(again).toEqual(merged);
    expect(await loggedKeys(db)).toEqual([first.key]);
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it('is stored once when the first send and the retry reach the database together', async () => {
    const db = await world();
    const [first, retry] = await Promise.all([logTouch(db, clickAt(20), at(3)), logTouch(db, clickAt(20), at(1))]);
    expect(retry.key).toBe(first.key);
    expect(await loggedKeys(db)).toEqual([first.key]);
  });

  it('control: another click 3 minutes later is another call', async () => {
    const db = await world();
    await logTouch(db, clickAt(20), at(20));
    await logTouch(db, { ...clickAt(17), logId: '9a1e2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b' }, at(17));
    expect(await loggedKeys(db)).toHaveLength(2);
    expect(await callsOn(db, anaKey)).toBe(2);
  });
});
