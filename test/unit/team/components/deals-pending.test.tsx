// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DealsSection } from '../../../../components/team/DealsSection';
import { FIRST_SCREEN_DEALS } from '../../../../lib/team/deal-figures';
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

const drawnRows = (container: Element) => container.querySelectorAll('[data-deal]').length;

describe('DealsSection while the other deals are computed', () => {
  it('shows the first screen, says how many deals are still coming and holds sorting until they are in', async () => {
    const { container, getByRole } = render(<DealsSection view={view(100, 1630)} />);
    expect(drawnRows(container)).toBe(FIRST_SCREEN_DEALS);
    expect(getByRole('status').textContent).toContain('Computing the other 1,630 deals');
    const sorts = [...container.querySelectorAll<HTMLButtonElement>('button[data-sort]')];
    expect(sorts.every((b) => b.disabled)).toBe(true);
    // Nothing more is drawn while the rows are still coming.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(drawnRows(container)).toBe(FIRST_SCREEN_DEALS);
  });

  it('draws the first screen at once and every other row after it, then sorts', async () => {
    const { container, queryByRole } = render(<DealsSection view={view(230, 0)} />);
    expect(drawnRows(container)).toBe(FIRST_SCREEN_DEALS);
    await waitFor(() => expect(drawnRows(container)).toBe(230), { timeout: 10_000 });
    expect(queryByRole('status')).toBeNull();
    expect([...container.querySelectorAll<HTMLButtonElement>('button[data-sort]')].some((b) => b.disabled)).toBe(false);
  });

  it('draws the rest once the rows that were still coming are in', async () => {
    const { container, rerender } = render(<DealsSection view={view(FIRST_SCREEN_DEALS, 105)} />);
    rerender(<DealsSection view={view(FIRST_SCREEN_DEALS + 105, 0)} />);
    await waitFor(() => expect(drawnRows(container)).toBe(FIRST_SCREEN_DEALS + 105), { timeout: 10_000 });
    const keys = [...container.querySelectorAll('[data-deal]')].map((r) => r.getAttribute('data-deal'));
    expect(new Set(keys).size).toBe(FIRST_SCREEN_DEALS + 105);
  });

  it('starts again from the first screen when new filters bring rows still coming', async () => {
    const { container, rerender } = render(<DealsSection view={view(230, 0)} />);
    await waitFor(() => expect(drawnRows(container)).toBe(230), { timeout: 10_000 });
    rerender(<DealsSection view={view(100, 400)} />);
    await waitFor(() => expect(drawnRows(container)).toBe(FIRST_SCREEN_DEALS));
  });
});
