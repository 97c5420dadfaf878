/**
 * metrics.md "Duplicate" rule 3 (no source id: same person, channel,
 * direction and title within 2 minutes is one touch) and "Logged in Touchline" (a logged touch
 * merges with one page touch). The rep taps "call" twice on the laptop (14:00 and 14:01, both
 * logged at minute 0/1): one call. The desktop shows the CRM's call at 14:00, first read at
 * minute 5. By hand: one call in either browser once the backups cross, as in one browser.
 */
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../../lib/db/schema';
import { ANA, anaKey, call, callsOn, contactPage } from '../../db/hand-pages';
import { freshDb } from '../../db/world-readings';
import { carry, minutes, save } from './world';

const shownCall = contactPage(ANA, [call('2026-11-20T14:00:00.000Z', { sourceId: 'call-9' })]);

async function laptopTappedTwice() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []), minutes(-10));
  await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' }, minutes(0));
  await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:01:00.000Z' }, minutes(1));
  return db;
}

async function unmerged(db: TouchlineDb) {
  return (await db.getAll('activities')).filter((a) => a.origin === 'logged-in-touchline' && !a.mergedInto).length;
}

describe('a call logged twice by a double tap, the CRM call read in the other browser', () => {
  it('one browser (sanity of the hand count): one call, both logged copies merged', async () => {
    const db = await laptopTappedTwice();
    await save(db, shownCall, minutes(5));
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await unmerged(db)).toBe(0);
  });

  it('the desktop counts one call after importing the laptop backup (metrics.md "Duplicate" rule 3, "Logged in Touchline")', async () => {
    const laptop = await laptopTappedTwice();
    const desktop = await freshDb();
    await save(desktop, shownCall, minutes(5));
    await carry(laptop, desktop, minutes(10));
    expect(await callsOn(desktop, anaKey)).toBe(1);
  });

  it('the laptop counts one call after importing the desktop backup (metrics.md "Duplicate" rule 3, "Logged in Touchline")', async () => {
    const laptop = await laptopTappedTwice();
    const desktop = await freshDb();
    await save(desktop, shownCall, minutes(5));
    await carry(desktop, laptop, minutes(10));
    expect(await callsOn(laptop, anaKey)).toBe(1);
  });
});
