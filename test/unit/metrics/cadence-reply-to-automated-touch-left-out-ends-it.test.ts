import { describe, expect, it } from 'vitest';
import { cadenceRuns } from '../../../lib/metrics/cadence';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, contact, email, NOW, reply, settings, touchesOf } from './builders';

/**
 * metrics.md, Automated touches: left out of the headline, automated touches are "left out of every
 * touch figure (counts, cadence, ...)": a sequence email is no cadence step. Cadence: "An inbound
 * reply ends the cadence: from then on only the follow-up limit applies". Leaving the sequence email
 * out does not make the contact's answer to it vanish, nor turn it into a lead writing in before
 * anyone reached out. Default settings (mid-market: 0 email, 2 call, 4 email, 7 call, 10 social,
 * 14 email, business days; follow-up limit 14 days), Los Angeles, now Fri 20 Nov 2026 07:00.
 */
const leftOut = settings({ countAutomated: false });
const cadenceOf = (activities: Activity[]) =>
  buildContactView({ contact: contact(), activities, settings: leftOut, now: NOW }).cadence;

describe('a reply to a sequence email the setting leaves out', () => {
  // Sequence email Thu 5 Nov, Jordan answers Fri 6 Nov, the rep writes back Mon 9 Nov and calls Thu 12 Nov.
  const history = () => [
    email(at('2026-11-05 08:00'), 'Fleet routing for Contoso', { automated: true }),
    reply(at('2026-11-06 11:00'), 'Re: Fleet routing for Contoso'),
    email(at('2026-11-09 10:00'), 'Re: Re: Fleet routing for Contoso'),
    call(at('2026-11-12 10:00'), 'connected'),
  ];

  it('ends the cadence: the rep’s email and call are follow-up, due again Thu 26 Nov (12 Nov + 14 days)', () => {
    expect(cadenceOf(history()).nextDue).toEqual({
      date: '2026-11-26',
      channel: 'call',
      step: 0,
      overdue: false,
      kind: 'follow-up',
    });
  });

  it('leaves no gap (3, 3 and 8 days under the follow-up limit) and the contact is not cold', () => {
    const cadence = cadenceOf(history());
    expect(cadence.gaps).toEqual([]);
    expect(cadence.goneCold).toBe(false);
  });

  it('still makes the sequence email no step: the answered run has the rep’s own touches only', () => {
    const all = touchesOf(history());
    const runs = cadenceRuns(
      all.filter((t) => !t.activity.automated),
      leftOut,
      all.filter((t) => t.activity.automated),
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.outbound.map((t) => t.activity.title)).toEqual([
      'Re: Re: Fleet routing for Contoso',
      'Call with Jordan Lee',
    ]);
    expect(runs[0]?.replyAt?.toISOString()).toBe(new Date(at('2026-11-06 11:00')).toISOString());
  });
});

describe('a call of unread direction after a reply to a sequence email left out', () => {
  it('gets no "had it come from the contact, the cadence would have ended" caveat: it had ended', () => {
    const cadence = cadenceOf([
      email(at('2026-11-05 08:00'), 'Fleet routing for Contoso', { automated: true }),
      reply(at('2026-11-06 11:00'), 'Re: Fleet routing for Contoso'),
      call(at('2026-11-12 10:00'), 'connected', { direction: 'unknown' }),
    ]);
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-26', kind: 'follow-up' });
    expect(cadence.nextDueReason).toBeUndefined();
  });
});

describe('a sequence email left out after an answered cadence and a silence', () => {
  // The rep calls Mon 7 Sep, Jordan answers Tue 8 Sep; 8 weeks later a sequence email Mon 2 Nov,
  // Jordan answers it Tue 3 Nov, the rep calls Mon 16 Nov.
  const history = [
    call(at('2026-09-07 10:00'), 'no-answer'),
    reply(at('2026-09-08 10:00'), 'Re: Following up'),
    email(at('2026-11-02 08:00'), 'Fleet routing for Contoso', { automated: true }),
    reply(at('2026-11-03 09:00'), 'Re: Fleet routing for Contoso'),
    call(at('2026-11-16 10:00'), 'connected'),
  ];

  it('is answered by the 3 Nov reply: the 16 Nov call is a follow-up, due again Mon 30 Nov', () => {
    const cadence = cadenceOf(history);
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-30', kind: 'follow-up', overdue: false });
    // Not "a new cadence began with one call and nothing since", 4 days after a reply and a call.
    expect(cadence.goneCold).toBe(false);
  });

  it('lists the 8 weeks nobody wrote as the gap they were (8 Sep -> 3 Nov, 56 days), and nothing since', () => {
    expect(cadenceOf(history).gaps.map((g) => g.days)).toEqual([56]);
  });
});

describe('a contact nobody reached out to, not even automatically, writes in first', () => {
  it('keeps the cadence the rep starts in answer: step 2 is due, whatever sequence email came after', () => {
    // Jordan writes in Mon 16 Nov 09:00, the rep calls at 11:00 (step 1), a sequence email follows
    // Tue 17 Nov (left out: no step). Step 2, a call, is due 2 business days after Mon 16: Wed 18 Nov.
    const cadence = cadenceOf([
      reply(at('2026-11-16 09:00'), 'Pricing for 40 trucks?'),
      call(at('2026-11-16 11:00'), 'connected'),
      email(at('2026-11-17 08:00'), 'Fleet routing for Contoso', { automated: true }),
    ]);
    expect(cadence.nextDue).toEqual({ date: '2026-11-18', channel: 'call', step: 2, overdue: true, kind: 'step' });
  });
});

describe('sequence emails left out that nobody answered', () => {
  it('are no steps: step 1 is still due since the contact was created (Tue 1 Sep)', () => {
    const cadence = cadenceOf([
      email(at('2026-11-02 08:00'), 'Fleet routing for Contoso', { automated: true }),
      email(at('2026-11-05 08:00'), 'Fleet routing, following up', { automated: true }),
    ]);
    expect(cadence.nextDue).toEqual({ date: '2026-09-01', channel: 'email', step: 1, overdue: true, kind: 'step' });
    expect(cadence.gaps).toEqual([]);
  });
});
