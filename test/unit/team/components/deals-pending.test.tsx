import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DealsSection } from '../../../../components/team/DealsSection';
import type { DealRow } from '../../../../lib/team/deal-row';
import type { TeamView } from '../../../../lib/team/team-view';

afterEach(cleanup);

const row = (i: number): DealRow => ({
  key: `hubspot:1:deal:${i}`,
  crm: 'hubspot',
  name: `Deal ${i}`,
  url: `https://app.hubspot.com/contacts/1/record/0-3/${i}`,
  daysInStage: 3,
  typicalDays: 14,
  warning: 'none',
  warningReason: '',
  daysSinceTouch: 1,
  contactsWorked: 1,
  contactsOnDeal: 1,
});

function view(shown: number, pending: number): TeamView {
  return {
    deals: Array.from({ length: shown }, (_, i) => row(i)),
    dealsPending: pending,
    dealCounts: { open: shown + pending, all: shown + pending },
    dealBasis: { activities: 10, contacts: 4, imported: 0 },
    periods: { current: { label: 'last 30 days' } },
  } as TeamView;
}

describe('DealsSection while the other deals are computed', () => {
  it('shows the first screen, says how many deals are still coming and holds sorting until they are in', () => {
    const { container, getByRole } = render(<DealsSection view={view(100, 1630)} />);
    expect(container.querySelectorAll('[data-deal]')).toHaveLength(100);
    expect(getByRole('status').textContent).toContain('Computing the other 1630 deals');
    const sorts = [...container.querySelectorAll<HTMLButtonElement>('button[data-sort]')];
    expect(sorts.every((b) => b.disabled)).toBe(true);
    expect(container.textContent).not.toContain('Show all');
  });

  it('sorts and offers the rest once every row is in', () => {
    const { container, queryByRole, getByText } = render(<DealsSection view={view(130, 0)} />);
    expect(queryByRole('status')).toBeNull();
    expect([...container.querySelectorAll<HTMLButtonElement>('button[data-sort]')].some((b) => b.disabled)).toBe(false);
    expect(getByText(/Show all 130 deals/)).toBeTruthy();
  });
});
