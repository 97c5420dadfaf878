import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpsSection } from '../../../../components/team/FollowUpsSection';
import type { FollowUp } from '../../../../lib/team/follow-ups';
import type { TeamView } from '../../../../lib/team/team-view';

afterEach(cleanup);

const cold = (i: number): FollowUp => ({
  contactKey: `hubspot:1:contact:${i}`,
  name: `Contact ${String(i).padStart(2, '0')}`,
  owner: 'Alex Morgan',
  kind: 'gone-cold',
  reason: 'No touch in 21 days.',
});

describe('FollowUpsSection', () => {
  it('lists the first 20 of an owner, and draws the others only when "more" is opened', async () => {
    const followUps = Array.from({ length: 45 }, (_, i) => cold(i));
    const { container, getByText } = render(<FollowUpsSection view={{ followUps } as TeamView} />);
    expect(container.querySelectorAll('[data-kind="gone-cold"]')).toHaveLength(20);
    const details = getByText('25 more').closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const shown = () =>
      [...container.querySelectorAll('[data-kind="gone-cold"]')].map((li) => li.getAttribute('data-contact'));
    await waitFor(() => expect(shown()).toEqual(followUps.map((f) => f.contactKey)));
  });
});
