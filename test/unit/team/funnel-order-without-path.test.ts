import { describe, expect, it } from 'vitest';
import { funnel } from '../../../lib/team/funnel';
import { at, deal, history } from '../metrics/builders';

/**
 * The team page's funnel when no deal page showed the pipeline's path (`stages` unread, a
 * reading HubSpot reports as notRead): the order must come from the histories. Deal A went
 * Qualified → Proposal, deal B Discovery → Qualified; together they say Discovery < Qualified <
 * Proposal. By hand (metrics.md "Stage conversion"): Discovery 1 entered, 1 moved on (B);
 * Qualified 2 entered, 1 moved on (A); Proposal 1 entered, 0 moved on. The figures cannot depend
 * on the order the cache lists the deals in.
 */
const a = deal({
  stages: undefined,
  stage: 'Proposal',
  stageHistory: history(['Qualified', at('2026-10-01 10:00')], ['Proposal', at('2026-10-05 10:00')]),
});
const b = deal({
  stages: undefined,
  stage: 'Qualified',
  stageHistory: history(['Discovery', at('2026-09-01 10:00')], ['Qualified', at('2026-09-05 10:00')]),
});
const expected = [
  { stage: 'Discovery', entered: 1, advanced: 1, rate: 1 },
  { stage: 'Qualified', entered: 2, advanced: 1, rate: 0.5 },
  { stage: 'Proposal', entered: 1, advanced: 0, rate: 0 },
];

describe('team funnel without a pipeline path', () => {
  it('orders the stages by what the histories show, whichever deal the cache lists first', () => {
    expect(funnel([b, a])?.rows).toEqual(expected);
    expect(funnel([a, b])?.rows).toEqual(expected);
  });
});
