import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import type { Deal } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, deal, email, JORDAN, NOW, reply, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated) inbound email
 * follows it before the next outbound email". Deal timelines rarely say which contact a touch was
 * with (contracts.md): the deal panel gives a reply on the deal's timeline that names no contact to
 * the latest outbound email on the deal before it, to whichever contact (with one contact on the
 * deal: that contact's; lib/metrics/deal-reply-threads.ts). The team page's per-rep rate follows the
 * same rule. Last 30 days; the reply, 3 days ago, shows no owner (as many inbound emails do).
 * Before the fix the team page left such a reply on the deal's own thread, where it answered nothing.
 */
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const jordan = contact();
const sam = contact({ key: SAM, recordId: '902', name: 'Sam Ortiz', owner: 'Casey Nguyen' });

async function figures(onDeal: Deal, activities: Activity[]) {
  const panel = buildDealView({
    deal: onDeal,
    activities,
    contacts: [jordan, sam].filter((c) => onDeal.contacts.some(({ id }) => id === c.recordId)),
    summaries: [],
    settings: settings(),
    now: NOW,
  });
  const db = await cacheWith({ activities, deals: [onDeal], contacts: [jordan, sam] });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  const rateOf = (rep: string) => view.reps.find((r) => r.rep === rep)?.replyRate;
  return { panel: panel.outcomes.replyRate, team: view.team?.replyRate, rateOf };
}

describe('team reply rate: a reply on a deal’s timeline that names no contact', () => {
  // Alex emailed Jordan 10 days ago (Jordan's page); the deal, whose only contact is Jordan, shows
  // a reply 3 days ago naming nobody. Deal panel: 1 of 1. By hand, Alex's row and the team row: 1 of 1.
  it('answers the rep’s email to the deal’s one contact: 1 of 1, as the deal panel says', async () => {
    const onDeal = deal({ stage: 'Demo', contacts: [{ id: '901', name: 'Jordan Lee' }] });
    const { panel, team, rateOf } = await figures(onDeal, [
      email(ago(10), 'Intro', { owner: 'Alex Morgan' }),
      reply(ago(3), 'Re: Intro', { owner: undefined, contactKeys: [], dealKeys: [onDeal.key] }),
    ]);
    expect(panel).toMatchObject({ numerator: 1, denominator: 1 });
    expect(rateOf('Alex Morgan')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(team).toMatchObject({ numerator: 1, denominator: 1 });
  });

  // Two contacts: Alex emailed Jordan 10 days ago, Casey emailed Sam 6 days ago; the deal's reply
  // naming nobody, 3 days ago, follows Casey's email, the latest outbound email on the deal. Deal
  // panel: 1 of 2. By hand: Casey 1 of 1, Alex 0 of 1, the team row 1 of 2.
  it('answers the latest outbound email on a deal of several contacts, whoever sent it', async () => {
    const onDeal = deal({
      stage: 'Demo',
      contacts: [
        { id: '901', name: 'Jordan Lee' },
        { id: '902', name: 'Sam Ortiz' },
      ],
    });
    const { panel, team, rateOf } = await figures(onDeal, [
      email(ago(10), 'Intro', { owner: 'Alex Morgan', contactKeys: [JORDAN] }),
      email(ago(6), 'Pricing', { owner: 'Casey Nguyen', contactKeys: [SAM] }),
      reply(ago(3), 'Re: Pricing', { owner: undefined, contactKeys: [], dealKeys: [onDeal.key] }),
    ]);
    expect(panel).toMatchObject({ numerator: 1, denominator: 2 });
    expect(rateOf('Casey Nguyen')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(rateOf('Alex Morgan')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(team).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
