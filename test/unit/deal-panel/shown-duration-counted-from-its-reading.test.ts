/**
 * metrics.md "Time in stage": "A duration the page shows ("12 days in stage") gives the entry day
 * exactly"; "All day counting happens in the user's time zone". A duration is days back from the
 * reading that showed it, so the entry keeps that reading's instant (`countedFrom`) and is counted
 * back from the user's day then, however many readings follow.
 *
 * The tests' browser runs on UTC; the user's zone setting is Los Angeles. The Pipedrive reader
 * stores "N days" on the stage bar as the start of the page's (UTC) day minus N, marked approximate.
 *
 * By hand (Fri 20 Nov 2026 18:00 in Los Angeles is 21 Nov 02:00 UTC):
 * - "3 days" read Fri 18:00 → entered Tue 17 Nov. Read again Sat 18:00 (22 Nov UTC) the bar shows
 *   "4 days": the same entry (17 Nov), one stay. Seen Sat 10:00 on a page whose bar is not drawn:
 *   still 17 Nov, 4 days on Saturday (counted back from that sighting, "3 days" gave 18 Nov and 3).
 * - "2 days" in Proposal Made read Fri 18:00 → entered 18 Nov; seen in Negotiations Started Sun
 *   22 Nov 18:00 → the stay lasted at least 2 days (20 Nov, last seen there, − 18 Nov), up to 4.
 */
import { describe, expect, it } from 'vitest';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { dealSchema } from '../../../lib/schema/record';
import { db, dealKeyOf, dealView, la, save } from './deal-harness';

const TENANT = 'acme-sales';
const BAR = ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'];

/** A Pipedrive deal page in `stage`, its bar showing `barDays` (none: the bar not drawn), read at `readAt`. */
function barReading(id: string, stage: string, readAt: string, barDays?: number) {
  const [y, m, d] = readAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const shown =
    barDays === undefined
      ? []
      : [{ stage, enteredAt: new Date(Date.UTC(y, m - 1, d - barDays)).toISOString(), approximate: true }];
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: TENANT,
    kind: 'deal',
    recordId: id,
    status: 'read',
    record: { name: `Deal ${id}`, pipeline: 'Pipeline', stage, stages: BAR, stageHistory: shown, contacts: [] },
    activities: [],
    crmFigures: {},
    notRead: [],
  });
}

describe('a stage bar duration counts back from the reading that showed it, in the user zone', () => {
  const friday = la('2026-11-20 18:00');
  const key = (id: string) => dealKeyOf(id, TENANT, 'pipedrive');

  it('"3 days" on Friday and "4 days" on Saturday are one entry: 4 days in stage on Saturday', async () => {
    const d = await db();
    const saturday = la('2026-11-21 18:00');
    await save(d, barReading('3001', 'Negotiations Started', friday, 3), friday);
    await save(d, barReading('3001', 'Negotiations Started', saturday, 4), saturday);
    const row = dealSchema.parse(await d.get('deals', key('3001')));
    expect(row.stageHistory.map((e) => [e.stage, e.enteredAt])).toEqual([
      ['Negotiations Started', '2026-11-18T00:00:00.000Z'],
    ]);
    expect((await dealView(d, key('3001'), new Date(saturday))).daysInStage).toBe(4);
  });

  it('a later sighting without the bar keeps the count from the reading that showed "3 days"', async () => {
    const d = await db();
    const saturdayMorning = la('2026-11-21 10:00');
    await save(d, barReading('3002', 'Negotiations Started', friday, 3), friday);
    await save(d, barReading('3002', 'Negotiations Started', saturdayMorning), saturdayMorning);
    expect((await dealView(d, key('3002'), new Date(saturdayMorning))).daysInStage).toBe(4);
  });

  it('a stay dated by "2 days" that Touchline then saw end lasted 2 to 4 days', async () => {
    const d = await db();
    const sunday = la('2026-11-22 18:00');
    await save(d, barReading('3003', 'Proposal Made', friday, 2), friday);
    await save(d, barReading('3003', 'Negotiations Started', sunday), sunday);
    const v = await dealView(d, key('3003'), new Date(sunday));
    expect(v.stageTimeline.find((s) => s.stage === 'Proposal Made')).toMatchObject({ days: 2, atLeast: true, upTo: 4 });
  });
});
