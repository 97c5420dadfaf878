import { describe, expect, it } from 'vitest';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage, dealKeyOf, viewOf } from './hand-pages';
import { at, save, world } from './logged-story';
import { NOW, ZONE } from './world-readings';

/**
 * metrics.md "Duplicate" rule 3 (no source id: same person — the contact, or a contact of the same
 * deal —, channel, direction and title, within 2 minutes): the call the rep logged on Ana at 14:30
 * and again on her deal, Ana picked, at 14:31 is ONE call. The panel counts 1 call and lists one
 * row marked "logged" with "Remove": Remove takes the call back, both logs go. The Undo offered right
 * after the second log takes back that log alone (a call logged twice by mistake stays once). A call
 * logged minutes apart is another call.
 *
 * NOW is 15:00 UTC on Fri 20 Nov 2026; Ana and Ben, both on the Renewal deal, were read at 14:30.
 */
const onAna = { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' } as const;
const onDealWithAna = {
  recordKey: dealKeyOf,
  contactKey: anaKey,
  channel: 'call',
  timestamp: '2026-11-20T14:31:00.000Z',
} as const;

/** "Remove" on the touch's Recent row: the whole touch, every log of it. */
const remove = (db: TouchlineDb, key: string, now: Date) => undoLoggedTouch(db, key, ZONE, ZONE, now, true);

async function loggedRows(db: TouchlineDb): Promise<number> {
  return (await loggedTouchesCsv(db, ZONE, NOW)).reduce((sum, file) => sum + file.rows, 0);
}

async function loggedKeys(db: TouchlineDb): Promise<string[]> {
  return (await db.getAll('activities')).filter((row) => row.origin === 'logged-in-touchline').map((row) => row.key);
}

describe('taking back a call logged on Ana and again on her deal a minute later', () => {
  it('"Remove" on its Recent row: no call on Ana nor on the deal, nothing left to export', async () => {
    const db = await world();
    await logTouch(db, onAna, at(20));
    await logTouch(db, onDealWithAna, at(19));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
    expect(await loggedRows(db)).toBe(1);
    const rows = (await viewOf(db, anaKey)).recent.filter((row) => row.origin === 'logged-in-touchline');
    expect(rows).toHaveLength(1);

    await remove(db, rows[0]?.key ?? '', NOW);
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([0, 0]);
    expect((await viewOf(db, dealKeyOf)).recent).toEqual([]);
    expect(await loggedRows(db)).toBe(0);
  });

  it('Undo right after the second log (on the deal) takes back that log alone: the call logged first stays', async () => {
    const db = await world();
    const first = await logTouch(db, onAna, at(20));
    const second = await logTouch(db, onDealWithAna, at(19));

    await undoLoggedTouch(db, second.key, ZONE, ZONE, at(19));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
    expect(await loggedKeys(db)).toEqual([first.key]);
  });

  it('a call logged on Ana 3 minutes later is another call: it stays', async () => {
    const db = await world();
    await logTouch(db, onAna, at(20));
    const second = await logTouch(db, onDealWithAna, at(19));
    const later = await logTouch(db, { ...onAna, timestamp: '2026-11-20T14:34:00.000Z' }, at(16));
    expect(await callsOn(db, anaKey)).toBe(2);

    await remove(db, second.key, at(16));
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await loggedKeys(db)).toEqual([later.key]);
  });

  it('Remove of a deal log between two Ana calls logged 3 minutes apart never takes both: one call stays', async () => {
    const db = await world();
    await logTouch(db, onAna, at(20));
    const later = await logTouch(db, { ...onAna, timestamp: '2026-11-20T14:33:00.000Z' }, at(17));
    expect(await callsOn(db, anaKey)).toBe(2);
    // At 14:31:30 it is within 2 minutes of each; rule 3 chains the three into one call.
    const between = await logTouch(db, { ...onDealWithAna, timestamp: '2026-11-20T14:31:30.000Z' }, at(16));
    expect(await callsOn(db, anaKey)).toBe(1);

    await remove(db, between.key, at(16));
    expect(await callsOn(db, anaKey)).toBe(1);
    // The nearer of the two (an equal tie goes to the earlier) was the same call; the other was not.
    expect(await loggedKeys(db)).toEqual([later.key]);
  });

  it('merged into the CRM’s copy of the call: the copy stays counted, without the rep’s outcome', async () => {
    const db = await world();
    await logTouch(db, { ...onAna, outcome: 'connected' }, at(20));
    await logTouch(db, { ...onDealWithAna, outcome: 'connected' }, at(19));
    await save(db, contactPage(ANA, [call('2026-11-20T14:30:00.000Z')]), at(10));
    expect((await connectRateOn(db, anaKey)).numerator).toBe(1);
    const logged = await db.getAll('activities');
    const merged = logged.filter((row) => row.origin === 'logged-in-touchline' && row.mergedInto !== undefined);
    expect(merged).toHaveLength(2);

    // A Remove already on its way as the page copy merged.
    await remove(db, merged[0]?.key ?? '', at(9));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
    expect((await connectRateOn(db, anaKey)).numerator).toBe(0);
    expect(await loggedKeys(db)).toEqual([]);
  });
});
