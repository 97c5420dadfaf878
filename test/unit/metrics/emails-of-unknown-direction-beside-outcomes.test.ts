import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import { activity, at, call, contact, deal, email, history, JORDAN, NOW, reply, settings, social } from './builders';

/**
 * A page in a language Touchline has no words for shows its emails but not who sent each one
 * (direction `unknown`, reported as not read). The reply rate leaves them on neither side
 * (rates.ts); the panel must neither call the contact unanswered nor say there were no outbound
 * emails. By hand, last 30 days at 2026-11-20 in Los Angeles, mid-market band 8–14.
 */
const outbound = (n: number): Activity[] =>
  Array.from({ length: n }, (_, i) => email(at(`2026-11-${String(1 + i).padStart(2, '0')} 09:00`), `Step ${i + 1}`));
const unread = (day: string, title: string, extra: Partial<Activity> = {}) =>
  email(at(`2026-11-${day} 11:00`), title, { direction: 'unknown', ...extra });
const view = (activities: Activity[]) =>
  buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });

describe('emails whose direction the page did not show, beside the reply rate', () => {
  it('make the rate "—" because the direction was not read, not because no email went out', () => {
    const { replyRate, emailsDirectionUnknown } = view([unread('10', 'Pilot'), unread('12', 'Sv: Pilot')]).outcomes;
    expect(replyRate).toMatchObject({ value: null, denominator: 0, reason: 'email-direction-not-read' });
    expect(emailsDirectionUnknown).toBe(2);
  });

  it('leave the rate over the emails read as outbound standing, and are counted apart', () => {
    // 3 outbound, one answered: 1 of 3; the 2 of unread direction are in neither count.
    const { replyRate, emailsDirectionUnknown } = view([
      ...outbound(3),
      reply(at('2026-11-02 10:00')),
      unread('10', 'Pilot'),
      unread('12', 'Sv: Pilot'),
    ]).outcomes;
    expect(replyRate).toEqual({ value: 0.33, numerator: 1, denominator: 3 });
    expect(emailsDirectionUnknown).toBe(2);
  });

  it('do the same on a deal: its reply rate is not "no outbound emails" either', () => {
    const d = deal({ stage: 'Proposal', stageHistory: history(['Proposal', at('2026-11-01 10:00')]) });
    const onDeal = { contactKeys: [JORDAN], dealKeys: [d.key] };
    const activities = [unread('10', 'Pilot', onDeal), unread('12', 'Sv: Pilot', onDeal)];
    const { outcomes } = buildDealView({
      deal: d,
      activities,
      contacts: [],
      summaries: [],
      settings: settings(),
      now: NOW,
    });
    expect(outcomes.replyRate).toMatchObject({ value: null, reason: 'email-direction-not-read' });
    expect(outcomes.emailsDirectionUnknown).toBe(2);
  });

  it('(control) no email at all: still "no outbound emails", and nothing counted apart', () => {
    const { replyRate, emailsDirectionUnknown } = view([call(at('2026-11-10 10:00'), 'no-answer')]).outcomes;
    expect(replyRate).toMatchObject({ value: null, reason: 'no-outbound-email' });
    expect(emailsDirectionUnknown).toBeUndefined();
  });
});

describe('the vanity flag beside messages of unknown direction (metrics.md "Vanity flag")', () => {
  // 15 emails read as outbound: above mid-market's top of 14, no reply among them.
  it('is not raised when one message of unread direction may be the reply', () => {
    expect(view([...outbound(15), unread('16', 'Sv: Step 15')]).outcomes.vanity).toBe(false);
    expect(view([...outbound(15), social(at('2026-11-16 11:00'), { direction: 'unknown' })]).outcomes.vanity).toBe(
      false,
    );
  });

  it('is not raised when such an email was shown without a readable date', () => {
    const undated = activity({ type: 'email', direction: 'unknown', title: 'Sv: Step 15', dateText: 'i tisdags' });
    expect(view([...outbound(15), undated]).outcomes.vanity).toBe(false);
  });

  it('(control) is raised beside a sequence email or a call of unread direction: neither is an answer', () => {
    expect(view([...outbound(15), unread('16', 'Step 16', { automated: true })]).outcomes.vanity).toBe(true);
    const call16 = call(at('2026-11-16 11:00'), 'no-answer', { direction: 'unknown' });
    expect(view([...outbound(15), call16]).outcomes.vanity).toBe(true);
  });
});
