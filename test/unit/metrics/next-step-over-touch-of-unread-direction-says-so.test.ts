import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, settings } from './builders';

/**
 * Review cadence56 (s56). Pipedrive (lib/adapters/pipedrive/mail-direction.ts, crm-evidence-2.md): a synced mail sent by
 * someone who is neither the person nor a user — Jordan's colleague answering for Jordan — is kept
 * with direction `unknown` ("never outbound by default"), and the reply rate leaves it on neither
 * side because "guessing would move it either way".
 *
 * metrics.md "Cadence and cadence gaps": the cadence is matched against **outbound** touches; "an
 * inbound reply ends the cadence: from then on only the follow-up limit applies".
 * Hand check, mid-market defaults (0 email, 2 call, 4 email; business days), Los Angeles, now Fri
 * 20 Nov 07:00:
 * - Alex emailed Mon 16 Nov 09:00 (step 1). "Re: Lane pricing for Q1" Tue 17 Nov 10:15, direction not read.
 * - If that mail was the rep's: it is step 2, step 3 (email) is due 2 business days after Tue 17 =
 *   Thu 19 Nov — overdue.
 * - If it was the contact side answering: the cadence ended, the follow-up is due Tue 17 + 14 days =
 *   Tue 1 Dec — not overdue.
 * The page did not say which, so the panel must not state "step 3, overdue since Thu 19" bare: it
 * must say the next step rests on a mail of unread direction (as it says so beside the reply rate
 * and beside a next step worked out with undated touches).
 */
describe('a mail whose direction the page did not show, between the rep’s step 1 and now', () => {
  const activities = [
    email(at('2026-11-16 09:00'), 'Lane pricing for Q1'),
    email(at('2026-11-17 10:15'), 'Re: Lane pricing for Q1', { direction: 'unknown', owner: undefined }),
  ];
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });

  it('the reply rate says the direction was not read', () => {
    expect(view.outcomes.emailsDirectionUnknown).toBe(1);
  });

  it('the next step is step 3, due Thu 19 Nov, and says it counted that mail as the rep’s', () => {
    expect(view.cadence.nextDue).toMatchObject({ step: 3, date: '2026-11-19', overdue: true });
    expect(view.cadence.nextDueReason).toBe(
      '(1 touch whose direction the page did not show is counted as yours: had it come from the contact, the cadence would have ended.)',
    );
  });

  it('says nothing of it once a reply ended the cadence: the follow-up is due the same day either way', () => {
    const replied = buildContactView({
      contact: contact(),
      activities: [
        ...activities,
        email(at('2026-11-18 08:00'), 'Re: Lane pricing for Q1', { direction: 'inbound', owner: undefined }),
      ],
      settings: settings(),
      now: NOW,
    });
    // Follow-up: the last touch (Wed 18 Nov) + 14 calendar days = Wed 2 Dec.
    expect(replied.cadence.nextDue).toMatchObject({ kind: 'follow-up', date: '2026-12-02', overdue: false });
    expect(replied.cadence.nextDueReason).toBeUndefined();
  });
});
