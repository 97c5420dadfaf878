import { describe, expect, it } from 'vitest';
import { openTouchlineDb } from '../../../lib/db/open';
import { DEAL_WRITE_STORES, deleteDeal, putDeal } from '../../../lib/db/put-deal';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { StageSummary } from '../../../lib/db/stage-summary-schema';
import { summariesInZone } from '../../../lib/db/stage-summary-zone';
import type { Deal } from '../../../lib/schema/record';
import { at, contact, deal, email, history, LA } from '../metrics/builders';
import { freshName } from './world-readings';

/** Three deals of the sales pipeline and one of renewals, stage by stage (wall-clock times in Los Angeles). */
const moving = deal({
  stage: 'Demo',
  stageHistory: history(
    ['Discovery', at('2026-06-01 10:00')],
    ['Qualified', at('2026-06-04 10:00')],
    ['Demo', at('2026-06-10 10:00')],
  ),
});
const won = deal({
  stage: 'Closed won',
  stageHistory: history(
    ['Discovery', at('2026-06-02 10:00')],
    ['Qualified', at('2026-06-05 09:00')],
    ['Closed won', at('2026-06-20 10:00')],
  ),
});
const lost = deal({
  stage: 'Closed lost',
  stageHistory: history(['Discovery', at('2026-06-03 10:00')], ['Closed lost', at('2026-06-08 10:00')]),
});
const renewal = deal({
  pipeline: 'Renewals',
  stage: 'Proposal',
  stageHistory: history(['Discovery', at('2026-06-01 10:00')], ['Proposal', at('2026-06-03 10:00')]),
});

type Tally = Pick<StageSummary, 'entered' | 'won' | 'later' | 'days' | 'reached'>;

/** The summaries as `pipeline/stage → tally`, for comparing with numbers worked out by hand. */
async function tallies(db: TouchlineDb): Promise<Record<string, Tally>> {
  const rows = await db.getAll('stageSummaries');
  return Object.fromEntries(
    rows.map((row) => [
      `${row.pipeline ?? '?'}/${row.stage}`,
      { entered: row.entered, won: row.won, later: row.later, days: row.days, reached: row.reached },
    ]),
  );
}

async function put(db: TouchlineDb, ...deals: Deal[]) {
  const tx = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
  await Promise.all(deals.map((d) => putDeal(tx, d)));
  await tx.done;
}

/**
 * Worked out by hand from the four deals above (days in Los Angeles; the same in UTC, the tests' browser zone).
 * `reached` counts the won deal too: it went Discovery → Qualified, as the moving deal did.
 */
const FOUR_DEALS: Record<string, Tally> = {
  'Sales pipeline/Discovery': {
    entered: 3,
    won: 1,
    later: { '["Demo","Qualified"]': 1, '[]': 1 },
    days: { 3: 2, 5: 1 },
    reached: { Demo: 1, Qualified: 2 },
  },
  'Sales pipeline/Qualified': {
    entered: 2,
    won: 1,
    later: { '["Demo"]': 1 },
    days: { 6: 1, 15: 1 },
    reached: { Demo: 1 },
  },
  'Sales pipeline/Demo': { entered: 1, won: 0, later: { '[]': 1 }, days: {}, reached: {} },
  'Sales pipeline/Closed won': { entered: 1, won: 1, later: {}, days: {}, reached: {} },
  'Sales pipeline/Closed lost': { entered: 1, won: 0, later: { '[]': 1 }, days: {}, reached: {} },
  'Renewals/Discovery': {
    entered: 1,
    won: 0,
    later: { '["Proposal"]': 1 },
    days: { 2: 1 },
    reached: { Proposal: 1 },
  },
  'Renewals/Proposal': { entered: 1, won: 0, later: { '[]': 1 }, days: {}, reached: {} },
};

describe('database version 4: stage summaries', () => {
  it('upgrades a version 3 database with rows: every row of every store kept, summaries built from every valid deal', async () => {
    const name = freshName();
    const v3 = await openTouchlineDb(name, { version: 3 });
    const touch = email(at('2026-06-02 09:00'), 'Pilot scope', { dealKeys: [moving.key] });
    const broken = { key: 'hubspot:4410982:deal:broken', kind: 'deal', stageHistory: 'soon' };
    const tx = v3.transaction(['contacts', 'deals', 'activities'], 'readwrite');
    await tx.objectStore('contacts').put(contact());
    for (const d of [moving, won, lost, renewal, broken as never]) await tx.objectStore('deals').put(d);
    await tx.objectStore('activities').put(touch);
    await tx.done;
    const before = { contacts: await v3.getAll('contacts'), deals: await v3.getAll('deals') };
    v3.close();

    const db = await openTouchlineDb(name, { version: 4, pageTimeZone: LA, onInvalid: () => undefined });

    expect(db.version).toBe(4);
    expect(await db.getAll('contacts')).toEqual(before.contacts);
    expect(await db.getAll('deals')).toEqual(before.deals);
    expect(await db.getAll('activities')).toEqual([touch]);
    expect(await tallies(db)).toEqual(FOUR_DEALS);
    expect((await db.getAll('stageSummaries')).every((row) => row.timeZone === LA)).toBe(true);
  });

  it('keeps the summaries in step as deals are written, several at once in one transaction', async () => {
    const db = await openTouchlineDb(freshName());
    await put(db, moving, won, lost, renewal);
    expect(await tallies(db)).toEqual(FOUR_DEALS);
  });

  it("replaces a deal's share when its history changes, and drops a stage no deal entered any more", async () => {
    const db = await openTouchlineDb(freshName());
    await put(db, moving, renewal);
    const reopened: Deal = {
      ...renewal,
      stage: 'Negotiation',
      stageHistory: history(['Discovery', at('2026-06-01 10:00')], ['Negotiation', at('2026-06-09 10:00')]),
    };
    await put(db, reopened);
    const after = await tallies(db);
    expect(after['Renewals/Proposal']).toBeUndefined();
    expect(after['Renewals/Discovery']).toEqual({
      entered: 1,
      won: 0,
      later: { '["Negotiation"]': 1 },
      days: { 8: 1 },
      reached: { Negotiation: 1 },
    });
    expect(after['Renewals/Negotiation']).toEqual({ entered: 1, won: 0, later: { '[]': 1 }, days: {}, reached: {} });
  });

  it('deleteDeal takes the deal and its share away', async () => {
    const db = await openTouchlineDb(freshName());
    await put(db, moving, won);
    const tx = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
    await deleteDeal(tx, won.key);
    await tx.done;
    expect(await db.get('deals', won.key)).toBeUndefined();
    const after = await tallies(db);
    expect(Object.keys(after).sort()).toEqual([
      'Sales pipeline/Demo',
      'Sales pipeline/Discovery',
      'Sales pipeline/Qualified',
    ]);
    expect(after['Sales pipeline/Discovery']).toMatchObject({ entered: 1, won: 0, reached: { Demo: 1, Qualified: 1 } });
  });

  it('rebuilds a pipeline whose row says more deals reached a stage than entered it', async () => {
    const db = await openTouchlineDb(freshName());
    await put(db, moving, won, renewal);
    const discovery = (await db.getAll('stageSummaries')).find(
      (row) => row.pipeline === 'Sales pipeline' && row.stage === 'Discovery',
    ) as StageSummary;
    await db.put('stageSummaries', { ...discovery, reached: { ...discovery.reached, Qualified: 9 } });
    await put(db, lost);
    expect(await tallies(db)).toEqual(FOUR_DEALS);
  });

  it('rebuilds a pipeline from its deals when a deal was written around putDeal, never keeping a wrong count', async () => {
    const db = await openTouchlineDb(freshName());
    await put(db, moving, renewal);
    await db.put('deals', won);
    await db.put('deals', lost);
    await put(db, { ...lost, name: 'Renamed' });
    expect(await tallies(db)).toEqual(FOUR_DEALS);
  });

  it('counts days in the zone of the view: a view in another zone rebuilds the pipeline once, and writes keep that zone', async () => {
    const db = await openTouchlineDb(freshName());
    // 23:30 to 00:30 the next day in Los Angeles is 08:30 to 09:30 of one day in Berlin.
    const lateNight = deal({
      stage: 'Qualified',
      stageHistory: history(['Discovery', at('2026-06-01 23:30')], ['Qualified', at('2026-06-02 00:30')]),
    });
    await put(db, lateNight);
    const read = await db.getAll('stageSummaries');

    const inLa = await summariesInZone(db, lateNight, read, LA);
    expect(inLa.find((s) => s.stage === 'Discovery')?.days).toEqual({ 1: 1 });
    const inBerlin = await summariesInZone(db, lateNight, inLa, 'Europe/Berlin');
    expect(inBerlin.find((s) => s.stage === 'Discovery')?.days).toEqual({ 0: 1 });
    expect(await summariesInZone(db, lateNight, inBerlin, 'Europe/Berlin')).toBe(inBerlin);

    await put(db, { ...lateNight, key: `${lateNight.key}-copy` });
    const stored = await db.getAll('stageSummaries');
    expect(stored.every((row) => row.timeZone === 'Europe/Berlin')).toBe(true);
    expect(stored.find((s) => s.stage === 'Discovery')?.days).toEqual({ 0: 2 });
  });
});
