import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import {
  anaView,
  at,
  callsOnAnaAndDeal,
  contact,
  deal,
  item,
  kAna,
  kDeal,
  save,
  view,
  world,
  ZONE,
} from './logged-page-copies-kit';

/**
 * One call at 06:00 in Los Angeles, which the rep logs when done, at 06:10 ("now as the time"),
 * connected. The deal page lists it by date alone ("Nov 20", naming Ana); Ana's page shows it at
 * 06:00. decisions.md "Keys and time": a date-only reading merges into the same-day row, and
 * duplicate rule 3 does the same; metrics.md "Logged in Touchline": the logged call merges with one
 * page touch of that channel, day and person. So all three are one call, connected, at 06:00: a
 * date-only copy takes the user's time only while no copy of the touch shows one (the page's time
 * over the user's), or it would be a second call at 06:10 beside the page's 06:00.
 */
const LOGGED = '2026-11-20T14:10:00.000Z';
const SHOWN = '2026-11-20T14:00:00.000Z';
const NOV20 = '2026-11-20T08:00:00.000Z'; // 00:00 on 20 Nov in Los Angeles, the zone pages are read in
const dateOnlyOnDeal = (extra = {}) =>
  deal([item('call', NOV20, { timePrecision: 'day', contactIds: ['501'], ...extra })]);
const timedOnAna = () => contact('501', [item('call', SHOWN)]);
const logConnected = (db: Awaited<ReturnType<typeof world>>, recordKey = kAna) =>
  logTouch(db, { recordKey, channel: 'call', timestamp: LOGGED, outcome: 'connected' }, at(45));

async function connectRateOf(db: Awaited<ReturnType<typeof world>>, key: string): Promise<number[]> {
  const { outcomes } = await view(db, key);
  return [outcomes.connectRate.numerator, outcomes.connectRate.denominator];
}

describe("a logged call whose page copies are dated by day on the deal page and timed on Ana's", () => {
  it("deal page first, then Ana's: 1 call, 1 of 1 connected, last touch 06:00", async () => {
    const db = await world();
    await logConnected(db);
    await save(db, dateOnlyOnDeal(), at(30));
    await save(db, timedOnAna(), at(20));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
    expect(await connectRateOf(db, kAna)).toEqual([1, 1]);
    expect((await anaView(db)).cadence.lastTouchAt).toBe(SHOWN);
  });

  it("Ana's page first, then the deal page: 1 call, 1 of 1 connected on each panel", async () => {
    const db = await world();
    await logConnected(db);
    await save(db, timedOnAna(), at(30));
    await save(db, dateOnlyOnDeal(), at(20));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
    expect([await connectRateOf(db, kAna), await connectRateOf(db, kDeal)]).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it("logged on the deal, whose copy names nobody, then Ana's page: 1 call on each panel", async () => {
    const db = await world();
    await logConnected(db, kDeal);
    await save(db, deal([item('call', NOV20, { timePrecision: 'day' })]), at(30));
    await save(db, timedOnAna(), at(20));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
  });

  it('the logged call edited afterwards (a note, then its time): still 1 call at 06:00', async () => {
    const db = await world();
    const logged = await logConnected(db);
    await save(db, timedOnAna(), at(30));
    await save(db, dateOnlyOnDeal(), at(20));
    await updateLoggedTouch(db, logged.key, { note: 'Wants the fleet quote' }, at(15), ZONE, ZONE);
    await updateLoggedTouch(db, logged.key, { timestamp: '2026-11-20T14:20:00.000Z' }, at(10), ZONE, ZONE);
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
    expect((await anaView(db)).cadence.lastTouchAt).toBe(SHOWN);
  });

  it('undone after the merge: 1 call, no longer connected', async () => {
    const db = await world();
    const logged = await logConnected(db);
    await save(db, dateOnlyOnDeal(), at(30));
    await save(db, timedOnAna(), at(20));
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, at(10));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
    expect(await connectRateOf(db, kAna)).toEqual([0, 1]);
  });

  it('with no copy showing a time, the date-only copy keeps the logged 06:10', async () => {
    const db = await world();
    await logConnected(db);
    await save(db, dateOnlyOnDeal(), at(30));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
    expect((await anaView(db)).cadence.lastTouchAt).toBe(LOGGED);
  });

  it('without the logged call, the two page copies are 1 call', async () => {
    const db = await world();
    await save(db, dateOnlyOnDeal(), at(30));
    await save(db, timedOnAna(), at(20));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
  });
});
