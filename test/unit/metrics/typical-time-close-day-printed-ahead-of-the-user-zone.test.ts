/**
 * metrics.md "Typical time in stage" — the
 * median time deals "spent in that stage before leaving it"; a Pipedrive deal won in the open stage
 * it sits in left it at its close day.
 *
 * Input by hand: user zone setting Los Angeles, the Pipedrive page (company zone Berlin) read on
 * 10 Sep at 08:00 Berlin = 06:00 UTC = 9 Sep 23:00 in Los Angeles. Five deals entered
 * "Negotiations Started" 1 Sep 10:00 and were won that morning: Pipedrive prints the close date
 * 2026-09-10, the day of the reading that saw them won — no plan, the real close.
 * Expected: 1 Sep → 10 Sep = 9 days, 5 own-deal samples.
 */
import { describe, expect, it } from 'vitest';
import { typicalStageTime } from '../../../lib/metrics/typical-stage-time';
import type { Deal } from '../../../lib/schema/record';
import { at, deal, history, LA, settings } from '../metrics/builders';

const STAGE = 'Negotiations Started';

function wonToday(): Deal {
  return deal({
    crm: 'pipedrive',
    tenant: 'acme-sales',
    pipeline: 'Pipeline',
    stages: ['Qualified', 'Contact Made', 'Proposal Made', STAGE],
    stage: STAGE,
    stageHistory: history(['Proposal Made', at('2026-08-20 10:00')], [STAGE, at('2026-09-01 10:00')]),
    closed: 'won',
    closeDate: '2026-09-10',
    lastReadAt: '2026-09-10T06:00:00.000Z',
  });
}

describe('a deal won on the day it was read, the reading before midnight in the user zone', () => {
  it('still gives a 9-day typical-time sample', () => {
    const deals = [wonToday(), wonToday(), wonToday(), wonToday(), wonToday()];
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toEqual({ days: 9, source: 'own-deals', deals: 5 });
  });
});
