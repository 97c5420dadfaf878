/**
 * metrics.md "Time in stage": "A duration the page shows ("12 days in stage") gives the entry day
 * exactly"; "All day counting happens in the user's time zone". A duration is a number of days back
 * from the moment the page was read, whatever zone the browser runs in.
 *
 * The tests' browser runs on UTC; the Pipedrive reader stores "N days" on the stage bar as the start
 * of the page's (UTC) day minus N, marked approximate (lib/adapters/pipedrive/stages.ts shownEntry).
 *
 * By hand:
 * - Tokyo (east of the browser): read Fri 20 Nov 16:00 UTC = Sat 21 Nov 01:00 in Tokyo, "3 days"
 *   → entered 18 Nov in Tokyo: 3 days in stage then (counting from 17 Nov, the page's day minus 3,
 *   showed 4).
 * - Los Angeles: read Fri 20 Nov 18:00 (21 Nov 02:00 UTC) with "2 days" in Proposal Made → entered
 *   18 Nov; seen in Negotiations Started on Sun 22 Nov 18:00 → the stay lasted at least 2 days
 *   (20 Nov, when last seen there, − 18 Nov), up to 4 (22 Nov − 18 Nov); counting from 19 Nov, the
 *   page's day minus 2, showed at least 1.
 */
import { describe, expect, it } from 'vitest';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { db, dealKeyOf, dealView, la, save } from './deal-harness';

const TENANT = 'acme-sales';
const TOKYO = 'Asia/Tokyo';
const BAR = ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'];

/** A Pipedrive deal page whose bar shows `barDays` on `stage`, read at `readAt` (the page's day: UTC). */
function barReading(id: string, stage: string, readAt: Date, barDays?: number) {
  const [y, m, d] = readAt.toISOString().slice(0, 10).split('-').map(Number) as [number, number, number];
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

describe('a stage bar duration counts back from the moment the page was read, in the user zone', () => {
  it('"3 days" read at 01:00 in Tokyo, while the browser is still on the day before, is 3 days in stage', async () => {
    const d = await db();
    const readAt = new Date('2026-11-20T16:00:00Z');
    await save(d, barReading('2001', 'Negotiations Started', readAt, 3), readAt, TOKYO);
    const v = await dealView(d, dealKeyOf('2001', TENANT, 'pipedrive'), readAt, { timeZone: TOKYO });
    expect(v.daysInStage).toBe(3);
  });

  it('a stay dated by "2 days" that Touchline then saw end lasted 2 to 4 days, counted from its reading', async () => {
    const d = await db();
    const firstRead = new Date(la('2026-11-20 18:00'));
    const secondRead = new Date(la('2026-11-22 18:00'));
    await save(d, barReading('2002', 'Proposal Made', firstRead, 2), firstRead);
    await save(d, barReading('2002', 'Negotiations Started', secondRead), secondRead);
    const v = await dealView(d, dealKeyOf('2002', TENANT, 'pipedrive'), secondRead);
    expect(v.stageTimeline.find((s) => s.stage === 'Proposal Made')).toMatchObject({ days: 2, atLeast: true, upTo: 4 });
  });
});
