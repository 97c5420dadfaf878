/**
 * metrics.md "Typical time in stage": the median time deals "spent in that stage before leaving
 * it"; "Time in stage": "now (or the exit time)". A Pipedrive deal is won or lost in the open stage
 * it sits in: its close is its exit, as its own panel counts it (closed-stage-time.ts). The team page
 * takes the sample from the deals (typicalStageTime), the deal panel from the stored summaries
 * (contributionsOf): both count the close.
 *
 * By hand (user zone Los Angeles): each deal entered Negotiations Started 1 Sep 10:00.
 * - won or lost on 10 Sep → 9 days, a sample;
 * - close date printed "Sept 10" (not read as a day) → no exit known, no sample;
 * - close date 30 Aug, before the entry → not when it left, no sample;
 * - lost with a close date a year ahead of the latest reading (its expected close kept) → a plan,
 *   not when it left, no sample (it would have counted 365 days);
 * - still open → has not left, no sample.
 */
import { describe, expect, it } from 'vitest';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { contributionsOf } from '../../../lib/db/stage-summary-contribution';
import { typicalStageTime } from '../../../lib/metrics/typical-stage-time';
import type { Deal } from '../../../lib/schema/record';
import { dealsOf, importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';
import { at, deal, history, LA, settings } from './builders';

const STAGE = 'Negotiations Started';

function pipedriveDeal(p: Partial<Deal> = {}): Deal {
  return deal({
    crm: 'pipedrive',
    tenant: 'acme-sales',
    pipeline: 'Pipeline',
    stages: ['Qualified', 'Contact Made', 'Proposal Made', STAGE],
    stage: STAGE,
    stageHistory: history(['Proposal Made', at('2026-08-20 10:00')], [STAGE, at('2026-09-01 10:00')]),
    ...p,
  });
}

const closedOn10Sep = (closed: 'won' | 'lost') => pipedriveDeal({ closed, closeDate: '2026-09-10' });

describe('a deal won or lost in the open stage it sits in left that stage at its close', () => {
  it('five deals closed 9 days into Negotiations Started give it a typical time of 9 days', () => {
    const deals = [...['won', 'won', 'won', 'lost', 'lost'].map((c) => closedOn10Sep(c as 'won' | 'lost'))];
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toEqual({ days: 9, source: 'own-deals', deals: 5 });
  });

  it('leaves out a close it cannot date, one before the entry, one after the latest reading, and a deal still there', () => {
    const deals = [
      closedOn10Sep('won'),
      pipedriveDeal({ closed: 'won', closeDate: 'Sept 10' }),
      pipedriveDeal({ closed: 'lost', closeDate: '2026-08-30' }),
      pipedriveDeal({ closed: 'lost', closeDate: '2027-09-01' }),
      pipedriveDeal(),
    ];
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toEqual({ days: 14, source: 'default', deals: 1 });
  });

  it('sums the won deal into the stage summaries with its 9 days, and as won from that stage', () => {
    const row = contributionsOf(closedOn10Sep('won'), LA, LA).find((c) => c.stage === STAGE);
    expect(row).toMatchObject({ days: 9, won: true });
  });
});

/**
 * The user's zone setting Los Angeles, the Pipedrive page (company zone Berlin) read on 10 Sep at
 * 08:00 Berlin = 06:00 UTC = 9 Sep 23:00 in Los Angeles. Won that morning, the deals show the close
 * date 2026-09-10, the day of the reading that saw them won: no plan, the real close.
 */
describe('a deal won on the day it was read, the reading before midnight in the user zone', () => {
  it('still gives a 9-day typical-time sample', () => {
    const wonToday = () =>
      pipedriveDeal({ closed: 'won', closeDate: '2026-09-10', lastReadAt: '2026-09-10T06:00:00.000Z' });
    const deals = [wonToday(), wonToday(), wonToday(), wonToday(), wonToday()];
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toEqual({ days: 9, source: 'own-deals', deals: 5 });
  });
});

/**
 * A deal known only from the deals export (stored with lastReadAt NOT_READ_FROM_A_PAGE, 1970):
 * "Last stage change" 1 Sep 10:00 into Negotiations Started, "Lost time" 10 Sep (the import's close
 * date). No page read it, so its close day is no plan after a reading: 9 days, as the same deal
 * read from its page; the team page must not keep the default 14 days.
 */
describe('an exported Pipedrive deal won or lost in an open stage left it at its close', () => {
  it('five exported deals closed 9 days into the stage: typical 9 days', () => {
    const fromExport = (closed: 'won' | 'lost') =>
      pipedriveDeal({
        stageHistory: history([STAGE, at('2026-09-01 10:00')]),
        closed,
        closeDate: '2026-09-10',
        lastReadAt: NOT_READ_FROM_A_PAGE,
      });
    const deals = (['won', 'won', 'lost', 'lost', 'lost'] as const).map(fromExport);
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toEqual({ days: 9, source: 'own-deals', deals: 5 });
  });

  it('through the deals export import: five rows lost 9 days after their last stage change, typical 9 days', async () => {
    const db = await freshDb();
    const header =
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status,Deal - Last stage change,Deal - Lost time';
    const rows = ['501', '502', '503', '504', '505'].map(
      (id) => `${id},Deal ${id},${STAGE},Pipeline,Alex Kim,lost,2026-09-01 10:00:00,2026-09-10 15:00:00`,
    );
    await importDeals(db, 'pipedrive', 'acme', [header, ...rows].join('\n'));
    const deals = await dealsOf(db);
    expect(deals.map((d) => [d.closed, d.closeDate])).toEqual(Array(5).fill(['lost', '2026-09-10']));
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toMatchObject({ days: 9, source: 'own-deals', deals: 5 });
  });
});
