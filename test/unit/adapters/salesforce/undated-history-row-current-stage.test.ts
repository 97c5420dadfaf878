/**
 * Salesforce Stage History card, newest first: Proposal 11/14 9:30 AM, Demo "—", Qualified 10/26.
 * The Proposal row's date is readable: the deal entered Proposal on Nov 14, 9:30 exactly; only the
 * time Qualified ended (when it went to Demo) is unknown. metrics.md "Time in stage": a range only
 * "when the entry time is not known exactly". So time in Proposal is exactly 6 days (Nov 14 → Nov 20),
 * not "≥ 6 days"; and when the deal later leaves Proposal that stay is a typical-time sample.
 */
import { describe, expect, it } from 'vitest';
import { stageTimeline, timeInStage } from '../../../../lib/metrics/stage-time';
import { dealInProposal, field, historyRow, NOW, readDeal } from './opportunity-page';

describe('an undated Stage History row between two dated ones', () => {
  const rows = [
    historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
    historyRow('Demo', '$24,500.00', '—'),
    historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
  ];
  const read = (extra = '') => readDeal(dealInProposal(rows, extra));

  it('keeps the time in the current stage, whose entry row is dated, exact: 6 days, not "at least 6"', () => {
    const { record } = read();
    expect(NOW.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(timeInStage({ stage: 'Proposal', stageHistory: record.stageHistory }, NOW, 'UTC')).toEqual({
      days: 6,
      upTo: 6,
    });
    expect(
      stageTimeline({ stage: 'Proposal', stageHistory: record.stageHistory }, NOW, 'UTC').at(-1)?.atLeast,
    ).toBeUndefined();
  });

  it('also with a "Last Stage Change Date" field saying the same Nov 14', () => {
    const { record } = read(field('Last Stage Change Date', '11/14/2026, 9:30 AM'));
    expect(timeInStage({ stage: 'Proposal', stageHistory: record.stageHistory }, NOW, 'UTC')).toEqual({
      days: 6,
      upTo: 6,
    });
  });
});
