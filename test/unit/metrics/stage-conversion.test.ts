import { describe, expect, it } from 'vitest';
import { stageConversion, stageOrder } from '../../../lib/metrics/stage-conversion';
import { at, deal, history, PIPELINE } from './builders';

const path = (...stages: string[]) =>
  history(
    ...stages.map((stage, i): [string, string] => [stage, at(`2026-09-${String(1 + i * 5).padStart(2, '0')} 10:00`)]),
  );

describe('stageConversion', () => {
  const deals = [
    deal({ stage: 'Proposal', stageHistory: path('Discovery', 'Qualified', 'Demo', 'Proposal') }),
    deal({ stage: 'Qualified', stageHistory: path('Discovery', 'Qualified') }),
    deal({ stage: 'Closed lost', closed: 'lost', stageHistory: path('Discovery', 'Qualified', 'Closed lost') }),
    deal({ stage: 'Closed won', closed: 'won', stageHistory: path('Discovery', 'Qualified', 'Demo', 'Closed won') }),
    deal({ stage: 'Discovery', stageHistory: path('Discovery', 'Qualified', 'Discovery') }),
  ];

  it('is the share of deals that entered a stage and moved on to a later one (not to lost)', () => {
    expect(stageConversion(PIPELINE, deals)).toEqual([
      { stage: 'Discovery', entered: 5, advanced: 5, rate: 1 },
      { stage: 'Qualified', entered: 5, advanced: 2, rate: 0.4 },
      { stage: 'Demo', entered: 2, advanced: 2, rate: 1 },
      { stage: 'Proposal', entered: 1, advanced: 0, rate: 0 },
      { stage: 'Negotiation', entered: 0, advanced: 0, rate: null },
    ]);
  });

  it('takes the order from the deal’s history when the page shows no pipeline path', () => {
    expect(
      stageOrder(deal({ stages: undefined, stageHistory: path('Discovery', 'Demo', 'Discovery', 'Proposal') })),
    ).toEqual(['Discovery', 'Demo', 'Proposal']);
  });
});
