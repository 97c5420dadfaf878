// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { DealRowView } from '../../../../components/team/DealRowView';
import type { DealRow } from '../../../../lib/team/deal-row';

afterEach(cleanup);

// The deal panel (components/stage-days.ts daysMissing) gives `no-stage` when the page showed no stage
// and `no-stage-history` only when there is a stage without a history; the team row always says the latter.
it('gives a deal row with no stage the days-in-stage reason the deal panel gives, no-stage', () => {
  const row: DealRow = {
    key: 'hubspot:1:deal:7',
    crm: 'hubspot',
    name: 'No stage shown',
    url: 'https://app.hubspot.com/contacts/1/record/0-3/7',
    daysInStage: null,
    typicalDays: null,
    warning: 'none',
    warningNotKnown: 'no-stage',
    warningReason: '',
    daysSinceTouch: 3,
    contactsWorked: 0,
    contactsOnDeal: 0,
  };
  const { container } = render(
    <table>
      <tbody>
        <DealRowView row={row} />
      </tbody>
    </table>,
  );
  const cell = container.querySelector('[data-metric="days-in-stage"]');
  expect(cell?.getAttribute('data-value')).toBe('');
  expect(cell?.getAttribute('data-reason')).toBe('no-stage');
});
