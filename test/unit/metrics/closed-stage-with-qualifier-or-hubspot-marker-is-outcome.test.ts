import { describe, expect, it } from 'vitest';
import { closedStages } from '../../../lib/metrics/closed-stage';
import { stageConversion } from '../../../lib/metrics/stage-conversion';
import { stageOutcome } from '../../../lib/metrics/stage-outcome';
import { at, deal, history } from './builders';

/**
 * metrics.md "Stage conversion": a move to a lost stage is not a move forward; closed won / closed
 * lost are outcomes, not rows. A portal may add a qualifier after a closed stage's name, and
 * HubSpot, like Salesforce, closes a deal by moving it to a closed stage: the stage it closed in
 * by the page's marker is an outcome whatever its name. A Pipedrive deal is won or lost in the open
 * stage it was in: that stage stays a row.
 */
describe('stage names with a qualifier after the outcome words', () => {
  it.each([
    ['Closed lost - no budget', 'lost'],
    ['Closed Lost – went elsewhere', 'lost'],
    ['Closed lost: timing', 'lost'],
    ['Closed won (Sales Pipeline)', 'won'],
    ['Abgeschlossen und verloren - kein Budget', 'lost'],
    ['成約（セールスパイプライン）', 'won'],
    ['Closed lost', 'lost'],
  ] as const)('reads "%s" as %s', (stage, outcome) => {
    expect(stageOutcome(stage)).toBe(outcome);
  });

  it.each(['Contract sent', 'Lost and found review', 'Budget - closed won pending', 'Qualified to buy'])(
    'reads "%s" as open',
    (stage) => {
      expect(stageOutcome(stage)).toBeUndefined();
    },
  );
});

const ORDER = ['Discovery', 'Proposal', 'Disqualified', 'Negotiation'];
const journey = history(
  ['Discovery', at('2026-09-01 10:00')],
  ['Proposal', at('2026-09-10 10:00')],
  ['Disqualified', at('2026-09-20 10:00')],
);

describe('the stage a deal closed in by its marker', () => {
  it('is an outcome, not a row, for a HubSpot deal (its name holds no outcome word)', () => {
    const lost = deal({ crm: 'hubspot', stages: ORDER, stage: 'Disqualified', closed: 'lost', stageHistory: journey });
    expect(closedStages([lost])).toEqual(new Map([['Disqualified', 'lost']]));
    const rows = stageConversion(ORDER, [lost]);
    expect(rows.map((row) => row.stage)).toEqual(['Discovery', 'Proposal', 'Negotiation']);
    expect(rows.find((row) => row.stage === 'Proposal')).toMatchObject({ entered: 1, advanced: 0 });
  });

  it('stays a row for a Pipedrive deal, won or lost in the open stage it was in', () => {
    const lost = deal({
      crm: 'pipedrive',
      stages: ORDER,
      stage: 'Disqualified',
      closed: 'lost',
      stageHistory: journey,
    });
    expect(closedStages([lost])).toEqual(new Map());
    expect(stageConversion(ORDER, [lost]).map((row) => row.stage)).toEqual(ORDER);
  });
});
