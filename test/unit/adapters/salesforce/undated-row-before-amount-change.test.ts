/**
 * Salesforce Stage History (OpportunityHistory: a row for every change of Stage, Amount, ...),
 * newest first: Proposal 11/14 9:30 AM; Demo 11/6 2:00 PM (an amount change while in Demo);
 * Demo "—" (the move into Demo, date unreadable); Qualified 10/26 11:00 AM.
 * The deal entered Demo some time between Oct 26 and Nov 6 (the page does not say when), so no
 * "Stage changed to Demo" event may be dated Nov 6: that row is an amount change. The move to
 * Proposal on Nov 14 is dated and stays an event.
 */
import { describe, expect, it } from 'vitest';
import { dealInProposal, historyRow, readDeal } from './opportunity-page';

describe('an undated Stage History row that is the entry into a stage whose later row is an amount change', () => {
  const read = readDeal(
    dealInProposal([
      historyRow('Proposal', '$30,000.00', '11/14/2026, 9:30 AM'),
      historyRow('Demo', '$30,000.00', '11/6/2026, 2:00 PM'),
      historyRow('Demo', '$24,500.00', '—'),
      historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
    ]),
  );

  it('dates no "Stage changed to Demo" event on the amount change of Nov 6', () => {
    const moves = read.activities.filter((a) => a.type === 'system' && /^Stage changed/.test(a.title));
    expect(moves.map((m) => [m.title, m.timestamp])).toEqual([
      ['Stage changed to Proposal', '2026-11-14T09:30:00.000Z'],
    ]);
  });

  it('keeps one Demo stay in the history, entered between Oct 26 and Nov 6', () => {
    const demo = read.record.stageHistory.filter((e) => e.stage === 'Demo');
    expect(demo).toHaveLength(1);
  });
});
