import { describe, expect, it } from 'vitest';
import { dealPage, field, HISTORY_COLUMNS, historyRow, path, readDeal, relatedCard, step } from './opportunity-page';

/**
 * OpportunityHistory ("Stage History") lists a row per change, newest first. A rep catching the
 * path up clicks three stages within one minute. metrics.md "Time in stage": now minus the time the
 * deal last entered the stage. Whatever order the three same-minute moves took, the last one ended
 * in the stage the path shows now, so Negotiation was entered on 10 Nov at 14:00 (exactly, 10 days
 * before NOW, 20 Nov 15:00). Prospecting was entered on 1 Nov 09:00 and left at that minute: a
 * 9-day stay the page shows exactly, for the typical-time median.
 */
const row = (stage: string, when: string) => historyRow(stage, '$24,500.00', when);

describe('Stage History: three moves in the latest minute ending in the current stage', () => {
  const html = dealPage({
    path: path(
      step('Prospecting', 'slds-is-complete', 'Stage Complete') +
        step('Qualification', 'slds-is-complete', 'Stage Complete') +
        step('Proposal', 'slds-is-complete', 'Stage Complete') +
        step('Negotiation', 'slds-is-current slds-is-active', 'Current Stage:') +
        step('Closed', 'slds-is-incomplete'),
    ),
    fields: field('Stage', 'Negotiation') + field('Amount', '$24,500.00') + field('Close Date', '12/31/2026'),
    related: relatedCard(
      'Stage History',
      '(4)',
      HISTORY_COLUMNS,
      [
        row('Negotiation', '11/10/2026, 2:00 PM'),
        row('Proposal', '11/10/2026, 2:00 PM'),
        row('Qualification', '11/10/2026, 2:00 PM'),
        row('Prospecting', '11/1/2026, 9:00 AM'),
      ],
      'OpportunityHistories',
    ),
  });
  const { record } = readDeal(html);

  it('keeps the exact Prospecting stay that came before the busy minute', () => {
    expect(record.stageHistory[0]).toEqual({ stage: 'Prospecting', enteredAt: '2026-11-01T09:00:00.000Z' });
  });

  it('gives Negotiation its exact entry at 10 Nov 14:00', () => {
    expect(record.stageHistory.at(-1)).toEqual({ stage: 'Negotiation', enteredAt: '2026-11-10T14:00:00.000Z' });
  });
});
