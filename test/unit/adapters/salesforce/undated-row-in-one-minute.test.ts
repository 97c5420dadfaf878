// Review s36 (regression of 094fdee): an undated Stage History row between two rows of one minute.
import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../../lib/metrics/stage-time';
import { dealInProposal, historyRow, NOW, readDeal } from './opportunity-page';

describe('Salesforce: an undated Stage History row between two rows of the same minute', () => {
  it('keeps Qualified, Demo, Proposal in the order the card lists them (newest first), Proposal exact', () => {
    // The rep clicked Qualified → Demo → Proposal on the Path within a minute; the Demo row's date is "—".
    const rows = [
      historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
      historyRow('Demo', '$24,500.00', '—'),
      historyRow('Qualified', '$24,500.00', '11/14/2026, 9:30 AM'),
    ];
    const { record } = readDeal(dealInProposal(rows));
    const timeline = stageTimeline({ stage: 'Proposal', stageHistory: record.stageHistory }, NOW, 'UTC');
    expect(timeline.map((s) => s.stage)).toEqual(['Qualified', 'Demo', 'Proposal']);
    // Entered Nov 14, 9:30 exactly: 6 days on Nov 20, not "at least 6".
    expect(timeline.at(-1)).toMatchObject({ stage: 'Proposal', days: 6, current: true });
    expect(timeline.at(-1)?.atLeast).toBeUndefined();
  });
});
