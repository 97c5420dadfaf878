import { describe, expect, it } from 'vitest';
import { historyMayBeginLate } from '../../../lib/csv-import/deals/history-start';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { stageConversion } from '../../../lib/metrics/stage-conversion';
import type { Deal } from '../../../lib/schema/record';
import { at, deal, history, PIPELINE } from './builders';

/**
 * metrics.md "Stage conversion" and "When a number cannot be computed": a deal whose history
 * begins late (an export that dates only its current stage) may have gone through the stages
 * before it. Those stages' share is not known ("—"), never the share of the deals that have not
 * moved; the stages from its first known one on count as before.
 */
const WITH_CLOSED = [...PIPELINE, 'Closed won', 'Closed lost'];
const sitting = (stage: string) => deal({ stage, stageHistory: history([stage, at('2026-09-01 10:00')]) });
const late = new Set<Deal>();
const lateDeal = (overrides: Partial<Deal>) => {
  const d = deal(overrides);
  late.add(d);
  return d;
};
const beganLate = (d: Deal) => late.has(d);

describe('stageConversion with deals whose history begins late', () => {
  it("leaves the share of each stage before a late deal's first known stage unknown", () => {
    const deals = [
      sitting('Discovery'),
      sitting('Qualified'),
      lateDeal({ stage: 'Demo', stageHistory: history(['Demo', at('2026-10-01 10:00')]) }),
    ];
    expect(stageConversion(WITH_CLOSED, deals, beganLate)).toEqual([
      { stage: 'Discovery', entered: 1, advanced: 0, rate: null },
      { stage: 'Qualified', entered: 1, advanced: 0, rate: null },
      { stage: 'Demo', entered: 1, advanced: 0, rate: 0 },
      { stage: 'Proposal', entered: 0, advanced: 0, rate: null },
      { stage: 'Negotiation', entered: 0, advanced: 0, rate: null },
    ]);
    // The same histories known from their start: what every deal shows is the whole share.
    expect(stageConversion(WITH_CLOSED, deals).map((row) => row.rate)).toEqual([0, 0, 0, null, null]);
  });

  it('counts a late deal from its first known stage on, moves and wins included', () => {
    const movedOn = lateDeal({
      stage: 'Proposal',
      stageHistory: history(['Qualified', at('2026-09-01 10:00')], ['Proposal', at('2026-10-01 10:00')]),
    });
    // Won in the open stage it was in, as Pipedrive wins a deal (closed-stage.ts).
    const won = lateDeal({
      crm: 'pipedrive',
      stage: 'Demo',
      closed: 'won',
      stageHistory: history(['Demo', at('2026-10-01 10:00')]),
    });
    const rows = stageConversion(WITH_CLOSED, [sitting('Qualified'), movedOn, won], beganLate);
    expect(rows.slice(0, 4)).toEqual([
      { stage: 'Discovery', entered: 0, advanced: 0, rate: null },
      { stage: 'Qualified', entered: 2, advanced: 1, rate: null },
      { stage: 'Demo', entered: 1, advanced: 1, rate: 1 },
      { stage: 'Proposal', entered: 1, advanced: 0, rate: 0 },
    ]);
  });

  it('leaves every share unknown when a late deal begins in a closed stage or one with no place', () => {
    const lost = lateDeal({
      stage: 'Closed lost',
      closed: 'lost',
      stageHistory: history(['Closed lost', at('2026-10-01 10:00')]),
    });
    const legal = lateDeal({ stage: 'Legal', stageHistory: history(['Legal', at('2026-10-01 10:00')]) });
    const deals = PIPELINE.map(sitting);
    for (const d of [lost, legal]) {
      const rows = stageConversion(WITH_CLOSED, [...deals, d], beganLate);
      expect(rows.map((row) => row.rate)).toEqual([null, null, null, null, null]);
    }
  });
});

describe('historyMayBeginLate', () => {
  const exported = (crm: Deal['crm'], firstSeen?: true) =>
    deal({
      crm,
      lastReadAt: NOT_READ_FROM_A_PAGE,
      stageHistory: [{ stage: 'Demo', enteredAt: at('2026-10-01 10:00'), ...(firstSeen ? { firstSeen } : {}) }],
    });

  it('holds for deals known only from a Salesforce or Pipedrive export, or from a HubSpot row that dated nothing', () => {
    expect(historyMayBeginLate(exported('salesforce'))).toBe(true);
    expect(historyMayBeginLate(exported('pipedrive'))).toBe(true);
    expect(historyMayBeginLate(exported('hubspot', true))).toBe(true);
  });

  it('does not hold for a HubSpot export dating each stage, nor for a deal read from a page', () => {
    expect(historyMayBeginLate(exported('hubspot'))).toBe(false);
    expect(historyMayBeginLate({ ...exported('pipedrive'), lastReadAt: at('2026-11-01 10:00') })).toBe(false);
  });
});
