import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, JORDAN, NOW, SAM, settings, undated } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md: a rate is never shown as a confident 0 % it does not know, and a value not known
 * exactly is a range (decisions.md: data-value the lower bound, data-upper the upper); issue 14 puts
 * "reply and connect rates beside the effort" on each rep's row.
 *
 * Alex's only contact is Jordan: 2 emails in the last 30 days; Jordan's reply is on his timeline
 * with a date the page printed in a way Touchline could not read. Jordan's panel therefore says
 * the reply rate is not known ("—", reason undated-replies): the reply may answer either email.
 * By hand, the team row for Alex, whose emails are exactly Jordan's, knows only that 0 or 1 of the
 * 2 are answered (one reply answers one email): the range 0–50 % with its reason, not "0 of 2
 * answered, 0 %".
 */
const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

describe("a rep's reply rate when the contact's reply has no readable date (metrics.md: a range with the reason, never a bare 0 %)", () => {
  it('is the range 0–0.5 on the team row (the contact panel says not known), rather than 0 %', async () => {
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
    expect(alex?.replyRate).toEqual({ value: 0, upper: 0.5, numerator: 0, denominator: 2, reason: 'undated-replies' });
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
