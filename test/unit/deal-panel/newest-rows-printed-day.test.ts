/**
 * A Salesforce "Stage History" card that shows its newest rows only ("(3+)"), with dates printed
 * without a time: the adapter keeps the oldest shown stay as a lower bound, `firstSeen`, dated the
 * start of its printed day in the browser's zone (lib/adapters/salesforce/stage-history.ts
 * readStageHistory; the tests' browser reads pages in UTC). Zone setting Los Angeles, west of it.
 *
 * By hand: the oldest row shown puts Proposal at 1 Nov as printed; NOW is Fri 20 Nov, 07:00 in LA.
 * The deal has been in Proposal at least 20 Nov − 1 Nov = 19 days ("≥ 19").
 * Spec: decisions.md "Keys and time": a date-only reading is its date as printed on the page, never
 * moved by the time-zone setting; metrics.md "Time in stage": at least now minus the earliest
 * known entry. 15be083 moves every other day-only entry to its printed day; this one stays on
 * 31 Oct in LA (00:00 UTC is 17:00 the day before), so the panel says "≥ 20".
 */
import { describe, expect, it } from 'vitest';
import {
  field,
  HISTORY_COLUMNS,
  historyRow,
  path,
  readDeal,
  relatedCard,
  dealPage as salesforcePage,
  step,
} from '../adapters/salesforce/opportunity-page';
import { db, dealKeyOf, dealPage, dealView, NOW, save } from './deal-harness';

/** The Salesforce adapter's reading of the card: three Proposal rows printed 11/16, 11/12 and 11/1/2026, no times. */
function oldestShownStay() {
  const html = salesforcePage({
    path: path(
      step('Discovery', 'slds-is-complete', 'Stage Complete') +
        step('Proposal', 'slds-is-current slds-is-active', 'Current Stage:') +
        step('Closed', 'slds-is-incomplete'),
    ),
    fields: field('Stage', 'Proposal') + field('Amount', '$24,500.00') + field('Opportunity Owner', 'Alex Morgan'),
    related: relatedCard(
      'Stage History',
      '(3+)',
      HISTORY_COLUMNS,
      [
        historyRow('Proposal', '$24,500.00', '11/16/2026'),
        historyRow('Proposal', '$22,000.00', '11/12/2026'),
        historyRow('Proposal', '$22,000.00', '11/1/2026'),
      ],
      'OpportunityHistories',
    ),
  });
  return readDeal(html).record.stageHistory;
}

describe('a "(3+)" Stage History whose oldest shown row is printed without a time, zone setting west of the browser', () => {
  it('shows at least 19 days in Proposal, counted from the printed 1 Nov (decisions.md: a date-only reading is its date as printed)', async () => {
    const d = await db();
    const history = oldestShownStay();
    expect(history).toEqual([{ stage: 'Proposal', enteredAt: '2026-11-01T00:00:00.000Z', firstSeen: true }]);
    await save(d, dealPage({ id: 'newest-rows', crm: 'salesforce', stage: 'Proposal', history }), NOW);
    const view = await dealView(d, dealKeyOf('newest-rows', undefined, 'salesforce'));
    expect(view.daysInStageAtLeast).toBe(true);
    expect(view.daysInStage).toBe(19);
  });
});
