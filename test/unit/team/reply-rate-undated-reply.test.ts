import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, JORDAN, NOW, SAM, settings, undated } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md (When a number cannot be computed): a rate is shown as "—" with its reason, "never as
 * 0 %", and issue 14 puts "reply and connect rates beside the effort" on each rep's row.
 *
 * Alex's only contact is Jordan: 2 emails in the last 30 days; Jordan's reply is on his timeline
 * with a date the page printed in a way Touchline could not read. Jordan's panel therefore says
 * the reply rate is not known ("—", reason undated-replies): the reply may answer either email.
 * By hand, the team row for Alex, whose emails are exactly Jordan's, cannot know more: it must not
 * state "0 of 2 answered, 0 %".
 */
const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

describe("a rep's reply rate when the contact's reply has no readable date (metrics.md: shown as — with the reason, never as 0 %)", () => {
  it('is not known on the team row, as on the contact panel, rather than 0 %', async () => {
    const db = await cacheWith({
      activities: [
        email(ago(12), 'Pricing'),
        email(ago(5), 'Following up'),
        undated('sometime last week', { direction: 'inbound', title: 'Re: Pricing' }),
      ],
      contacts: [contact()],
    });
    const s = settings();
    const panel = await recordView(db, JORDAN, { settings: s, now: NOW, onInvalid: () => undefined });
    expect(panel?.kind === 'contact' ? panel.outcomes.replyRate.value : 'no panel').toBeNull();

    const team = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: s, now: NOW });
    const alex = team.reps.find((r) => r.rep === 'Alex Morgan');
    expect(alex?.replyRate.denominator).toBe(2);
    expect(alex?.replyRate.value).toBeNull();
  });

  it("stays 0 of 2 when the undated reply is from a contact the rep never emailed: it answers none of the rep's emails", async () => {
    const db = await cacheWith({
      activities: [
        email(ago(12), 'Pricing'),
        email(ago(5), 'Following up'),
        undated('sometime last week', {
          direction: 'inbound',
          title: 'Question',
          contactKeys: [SAM],
          owner: undefined,
        }),
      ],
      contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Ortiz' })],
    });
    const team = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const alex = team.reps.find((r) => r.rep === 'Alex Morgan');
    expect([alex?.replyRate.numerator, alex?.replyRate.denominator, alex?.replyRate.value]).toEqual([0, 2, 0]);
  });
});
