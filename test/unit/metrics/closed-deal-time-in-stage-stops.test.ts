import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Deal } from '../../../lib/schema/record';
import { at, deal, history, LA, NOW, settings } from './builders';

/**
 * metrics.md "Time in stage": now (or the exit time) minus the time the deal last entered the stage;
 * closed won / lost are outcomes, not stages. A closed deal has left its last open stage: its time
 * there stops at the close, and does not grow every day after it. Before, a HubSpot deal that
 * entered "Closed won" on 1 Sep showed 80 days in stage on 20 Nov (and 110 on 20 Dec) with a typical
 * time, and a Pipedrive deal won in Negotiation (entered 1 Sep) counted to the day it was viewed.
 * By hand (Los Angeles): 1 Aug → 1 Sep is 31 days, 1 Sep → 15 Oct is 44.
 */
const LATER = new Date('2026-12-20T15:00:00Z');

const viewAt = (d: Deal, now: Date) =>
  buildDealView({
    deal: d,
    activities: [],
    contacts: [],
    summaries: buildStageSummaries([d], LA),
    settings: settings(),
    now,
  });

const closedWonStage = deal({
  stage: 'Closed won',
  stages: ['Discovery', 'Proposal', 'Closed won', 'Closed lost'],
  stageHistory: history(['Proposal', at('2026-08-01 10:00')], ['Closed won', at('2026-09-01 10:00')]),
});
const wonInNegotiation = (closeDate?: string) =>
  deal({
    crm: 'pipedrive',
    stage: 'Negotiation',
    closed: 'won',
    ...(closeDate ? { closeDate } : {}),
    stageHistory: history(['Proposal', at('2026-08-01 10:00')], ['Negotiation', at('2026-09-01 10:00')]),
  });

describe('a closed deal’s time in stage', () => {
  for (const [name, d] of [
    ['in a closed-won stage', closedWonStage],
    ['won in an open stage, no close date', wonInNegotiation()],
    ['won in an open stage on a known close date', wonInNegotiation('2026-10-15')],
  ] as const) {
    it(`does not keep counting after the deal closed (${name})`, () => {
      const now = viewAt(d, NOW);
      const later = viewAt(d, LATER);
      expect(now.closed).toBe('won');
      expect(later.daysInStage).toBe(now.daysInStage);
      expect(later.stageTimeline.at(-1)?.days).toBe(now.stageTimeline.at(-1)?.days);
    });
  }

  it('gives the outcome stage no days and no typical time; the last open stage ends at the close', () => {
    const view = viewAt(closedWonStage, NOW);
    expect(view).toMatchObject({ daysInStage: null, daysInStageReason: 'closed-outcome', typicalDaysInStage: null });
    expect(view.stageTimeline).toEqual([
      { stage: 'Proposal', enteredAt: at('2026-08-01 10:00'), days: 31, current: false },
      { stage: 'Closed won', enteredAt: at('2026-09-01 10:00'), days: null, outcome: 'won', current: true },
    ]);
  });

  it('counts the open stage a deal was won in until the close date its record carries', () => {
    const view = viewAt(wonInNegotiation('2026-10-15'), NOW);
    expect(view.daysInStage).toBe(44);
    expect(view.daysInStageReason).toBeUndefined();
    expect(view.stageTimeline.at(-1)).toEqual({
      stage: 'Negotiation',
      enteredAt: at('2026-09-01 10:00'),
      days: 44,
      current: true,
    });
  });

  it.each([
    ['no close date', undefined, 'close-not-read'],
    ['a close date kept as unread text', '15 ott', 'close-not-read'],
    ['a close date before the stage was entered', '2026-08-20', 'close-before-entry'],
  ] as const)('shows no time in stage with %s, and says why', (_, closeDate, reason) => {
    const view = viewAt(wonInNegotiation(closeDate), NOW);
    expect([view.daysInStage, view.daysInStageReason, view.warning]).toEqual([null, reason, 'none']);
    expect(view.stageTimeline.at(-1)?.days).toBeNull();
  });

  it('still counts an open deal’s time in stage to now', () => {
    const open = { ...wonInNegotiation(), closed: undefined };
    expect([viewAt(open, NOW).daysInStage, viewAt(open, LATER).daysInStage]).toEqual([80, 110]);
  });
});
