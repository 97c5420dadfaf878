// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpsSection } from '../../../../components/team/FollowUpsSection';
import { contactKey, deal, email, NOW } from '../../metrics/builders';
import { teamViewOf } from '../team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/*
 * A deal page's timeline item named contact 51230, whom no page, deal section or export named:
 * the deal lists nobody, no contact row is stored. The contact's only touch is 20 days old (past
 * the 14-day follow-up limit): gone cold. The manager reads who that is and can open it in HubSpot.
 */
describe('team page: a contact nothing names', () => {
  it('is listed as a contact of that CRM id not opened in Touchline, linked to its record, not as "51230"', async () => {
    const pilot = deal({ name: 'Fleet pilot', contacts: [] });
    const touch = email(daysAgo(20), 'Route pricing v2', { contactKeys: [contactKey('51230')], dealKeys: [pilot.key] });
    const view = await teamViewOf({ activities: [touch], deals: [pilot] });
    const { container } = render(<FollowUpsSection view={view} />);
    const item = container.querySelector('[data-kind="gone-cold"] a');
    expect(item?.textContent).toBe('Contact 51230 (not opened in Touchline)');
    expect(item?.getAttribute('href')).toBe('https://app.hubspot.com/contacts/4410982/record/0-1/51230');
  });
});
