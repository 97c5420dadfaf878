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
import { contributionsOf } from '../../../lib/db/stage-summary-contribution';
import { typicalStageTime } from '../../../lib/metrics/typical-stage-time';
import type { Deal } from '../../../lib/schema/record';
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
