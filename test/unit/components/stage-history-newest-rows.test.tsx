// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { dealViewSchema } from '../../../lib/schema/view-model';
import {
  dealPage,
  field,
  HISTORY_COLUMNS,
  historyRow,
  path,
  readDeal,
  relatedCard,
  step,
} from '../adapters/salesforce/opportunity-page';
import { deal, NOW, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/** The panel's Stage card for a Proposal deal whose "(3+)" Stage History shows these Proposal rows (newest first). */
function stageCard(rows: ReadonlyArray<readonly [amount: string, date: string]>) {
  const html = dealPage({
    path: path(
      step('Discovery', 'slds-is-complete', 'Stage Complete') +
        step('Proposal', 'slds-is-current slds-is-active', 'Current Stage:') +
        step('Closed', 'slds-is-incomplete'),
    ),
    fields:
      field('Stage', 'Proposal') +
      field('Amount', '$24,500.00') +
      field('Close Date', '12/31/2026') +
      field('Opportunity Owner', 'Alex Morgan'),
    related: relatedCard(
      'Stage History',
      '(3+)',
      HISTORY_COLUMNS,
      rows.map(([amount, date]) => historyRow('Proposal', amount, date)),
      'OpportunityHistories',
    ),
  });
  const { record, notRead } = readDeal(html);
  const view = dealViewSchema.parse(
    buildDealView({
      deal: deal({ stage: 'Proposal', stageHistory: record.stageHistory }),
      activities: [],
      contacts: [],
      summaries: [],
      settings: settings({ timeZone: 'UTC' }),
      now: NOW,
    }),
  );
  renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  return { view, stage: screen.getByRole('region', { name: 'Stage' }) };
}

describe('a Salesforce deal whose "(3+)" Stage History shows only rows of its current stage', () => {
  it('does not tell the rep the page shows no stage history, nor that Touchline first saw the deal then', () => {
    // Three amount changes in Proposal; the moves into Proposal are in rows the card does not show.
    // Days in stage is "≥ 10" (from 10 Nov, the oldest row shown): right. But the card's hint must
    // not say "the page shows no stage history": it showed one, only its newest rows (README 0.7.7:
    // "(3+)" Stage History makes the oldest shown stay a lower bound).
    const { stage } = stageCard([
      ['$24,500.00', '11/16/2026, 9:30 AM'],
      ['$22,000.00', '11/12/2026, 9:30 AM'],
      ['$22,000.00', '11/10/2026, 9:30 AM'],
    ]);
    expect(stage.textContent).toContain('≥ 10');
    expect(stage.textContent).not.toMatch(/shows no stage history|first saw this deal/);
  });

  it('gives its stalled warning no such reason either: the days count from the oldest row shown', () => {
    // The lower bound, 39 days from 12 Oct, is over 2 × the default 14: stalled, rightly. The
    // warning's reason said "counted from when Touchline first saw the deal: the page shows no
    // stage history", two lines above the note that the history was read newest rows only;
    // Touchline first saw the deal today (20 Nov).
    const { view, stage } = stageCard([
      ['$24,500.00', '11/16/2026, 9:30 AM'],
      ['$22,000.00', '10/20/2026, 9:30 AM'],
      ['$22,000.00', '10/12/2026, 9:30 AM'],
    ]);
    expect(view.warning).toBe('stalled');
    expect(stage.textContent).toContain('≥ 39');
    expect(stage.textContent).toMatch(/at least 39 days in stage \([^)]*may have entered before\)/);
    expect(stage.textContent).not.toMatch(/shows no stage history|first saw (the|this) deal/);
  });
});
