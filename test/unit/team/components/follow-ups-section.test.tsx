// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpsSection } from '../../../../components/team/FollowUpsSection';
import type { FollowUp } from '../../../../lib/team/follow-ups';
import { teamPeriods } from '../../../../lib/team/periods';
import type { TeamView } from '../../../../lib/team/team-view';

afterEach(cleanup);

const periods = teamPeriods('30d', new Date('2026-11-20T15:00:00Z'), 'UTC');

const cold = (i: number): FollowUp => ({
  contactKey: `hubspot:1:contact:${i}`,
  name: `Contact ${String(i).padStart(2, '0')}`,
  owner: 'Alex Morgan',
  kind: 'gone-cold',
  reason: 'No touch in 21 days.',
});

const drawn = (container: Element) =>
  [...container.querySelectorAll('[data-kind="gone-cold"]')].map((li) => li.getAttribute('data-contact'));

describe('FollowUpsSection', () => {
  it('lists the first 5 of an owner with the count, and draws the others only when "more" is opened', async () => {
    const followUps = Array.from({ length: 45 }, (_, i) => cold(i));
    const { container, getByText } = render(<FollowUpsSection view={{ followUps, periods } as TeamView} />);
    expect(drawn(container)).toEqual(followUps.slice(0, 5).map((f) => f.contactKey));
    expect(getByText('Gone cold (45)')).toBeTruthy();
    const details = getByText('40 more').closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(drawn(container)).toEqual(followUps.map((f) => f.contactKey)));
  });

  it('draws the first six owners, and the others from a button that says how many', () => {
    const owners = Array.from({ length: 9 }, (_, i) => `Owner ${i + 1}`);
    // Owner i has i + 1 contacts gone cold.
    const followUps = owners.flatMap((owner, i) =>
      Array.from({ length: i + 1 }, (_, j) => ({ ...cold(i * 100 + j), owner })),
    );
    const { container, getByRole } = render(<FollowUpsSection view={{ followUps, periods } as TeamView} />);
    const cards = () => [...container.querySelectorAll('[data-owner]')].map((a) => a.getAttribute('data-owner'));
    expect(cards()).toEqual(owners.slice(0, 6));
    // Owners 7, 8 and 9: 7 + 8 + 9 contacts.
    const more = getByRole('button', { name: 'Show the other 3 owners (24 contacts)' });
    fireEvent.click(more);
    expect(cards()).toEqual(owners);
  });
});
