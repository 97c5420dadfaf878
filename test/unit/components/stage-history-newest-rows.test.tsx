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

describe('a Salesforce deal whose "(3+)" Stage History shows only rows of its current stage', () => {
  it('does not tell the rep the page shows no stage history, nor that Touchline first saw the deal then', () => {
    // Three amount changes in Proposal; the moves into Proposal are in rows the card does not show.
    // Days in stage is "≥ 10" (from 10 Nov, the oldest row shown): right. But the card's hint must
    // not say "the page shows no stage history": it showed one, only its newest rows (README 0.7.7:
    // "(3+)" Stage History makes the oldest shown stay a lower bound).
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
        [
          historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'),
          historyRow('Proposal', '$22,000.00', '11/12/2026, 9:30 AM'),
          historyRow('Proposal', '$22,000.00', '11/10/2026, 9:30 AM'),
        ],
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
      { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: notRead } },
    );
    const stage = screen.getByRole('region', { name: 'Stage' });
    expect(stage.textContent).toContain('≥ 10');
    expect(stage.textContent).not.toMatch(/shows no stage history|first saw this deal/);
  });
});
