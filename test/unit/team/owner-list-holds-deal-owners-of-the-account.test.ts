/**
 * With an account chosen, the team page's owner list holds the account's owners: those its stored
 * activities name (readOwnerLists), and those of its deals. The owner filter also
 * narrows the account's deals, the funnel and the follow-ups (load-team-view.ts, deal-figures.ts),
 * and a deal's owner is an owner of its account (docs/team-view.md: "the owner list then holds
 * that account's owners"). Casey works Pipedrive, and owns a HubSpot deal whose contacts no
 * activity of Casey's touches yet: with HubSpot chosen Casey is offered, so a manager can pick out
 * Casey's HubSpot deals.
 */
import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { deal, email, history, NOW, settings, TENANT } from '../metrics/builders';
import { cacheWith } from './team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('the team page with the HubSpot account chosen', () => {
  it("offers the owner of one of the account's deals", async () => {
    const db = await cacheWith({
      activities: [
        email(daysAgo(3), 'HubSpot mail', { owner: 'Alex Morgan' }),
        email(daysAgo(2), 'Pipedrive mail', {
          owner: 'Casey Nguyen',
          crm: 'pipedrive',
          tenant: 'acme',
          key: 'pipedrive:acme:activity:1',
          contactKeys: ['pipedrive:acme:person:7'],
        }),
      ],
      deals: [deal({ name: 'HubSpot pilot', owner: 'Casey Nguyen', stageHistory: history(['Demo', daysAgo(3)]) })],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market', account: `hubspot:${TENANT}` },
      settings: settings(),
      now: NOW,
    });
    expect(view.choices.owners).toContain('Casey Nguyen');
  });
});
