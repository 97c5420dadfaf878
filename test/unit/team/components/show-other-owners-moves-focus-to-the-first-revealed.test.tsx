// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { FollowUpsSection } from '../../../../components/team/FollowUpsSection';
import type { FollowUp } from '../../../../lib/team/follow-ups';
import { teamPeriods } from '../../../../lib/team/periods';
import type { TeamView } from '../../../../lib/team/team-view';

afterEach(cleanup);

const periods = teamPeriods('30d', new Date('2026-11-20T15:00:00Z'), 'UTC');
const owners = Array.from({ length: 9 }, (_, i) => `Owner ${i + 1}`);
const followUps: FollowUp[] = owners.map((owner, i) => ({
  contactKey: `hubspot:1:contact:${i}`,
  name: `Contact ${i}`,
  owner,
  kind: 'gone-cold',
  reason: 'No touch in 21 days.',
}));

/*
 * The button goes once pressed (every owner is then drawn): focus left on it would fall to the page's body,
 * and the keyboard user's next Tab would start again from the top of the team page.
 */
it('"Show the other owners" takes focus to the first owner it reveals (the seventh), where reading goes on', async () => {
  const { container, getByRole } = render(<FollowUpsSection view={{ followUps, periods } as TeamView} />);
  const more = getByRole('button', { name: /Show the other 3 owners/ });
  more.focus();
  fireEvent.click(more);
  await new Promise((resolve) => setTimeout(resolve, 0));

  expect(container.querySelectorAll('[data-owner]')).toHaveLength(9);
  const seventh = container.querySelector('[data-owner="Owner 7"] h3');
  expect(document.activeElement).toBe(seventh);
});
