import { describe, expect, it } from 'vitest';
import { touchesToFirstReply } from '../../../lib/metrics/first-outcome';
import { connectRate, rate, replyRate } from '../../../lib/metrics/rates';
import { activity, at, call, email, reply, touchesOf } from './builders';

describe('replyRate', () => {
  it('is the share of outbound emails answered: 1 of 4 is 0.25', () => {
    const touches = touchesOf([
      email(at('2026-11-02 09:00'), 'Route pricing v2'),
      email(at('2026-11-05 09:00'), 'Quick question on your fleet'),
      email(at('2026-11-10 09:00'), 'Case study: Northwind', { automated: true }),
      email(at('2026-11-16 09:00'), 'Next steps'),
      reply(at('2026-11-16 14:12'), 'Re: Next steps'),
    ]);
    expect(replyRate(touches)).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
  });

  it('is "—" with reason no-outbound-email when no email went out, never 0 % or NaN', () => {
    const touches = touchesOf([reply(at('2026-11-16 14:12'), 'Question about pricing'), call(at('2026-11-17 10:00'))]);
    expect(replyRate(touches)).toEqual({ value: null, numerator: 0, denominator: 0, reason: 'no-outbound-email' });
  });

  it('leaves emails of unknown direction on neither side', () => {
    const touches = touchesOf([
      email(at('2026-11-02 09:00')),
      activity({ type: 'email', direction: 'unknown', timestamp: at('2026-11-03 09:00'), title: 'Fwd: pricing' }),
    ]);
    expect(replyRate(touches)).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });

  it('rounds to 2 decimals', () => {
    expect(rate(1, 3, 'x').value).toBe(0.33);
  });

  it('counts an email answered by several replies once, and a reply after the next email for that one', () => {
    const touches = touchesOf([
      email(at('2026-11-02 09:00'), 'One'),
      reply(at('2026-11-02 10:00'), 'Re: One'),
      reply(at('2026-11-02 11:00'), 'Re: One again'),
      email(at('2026-11-04 09:00'), 'Two'),
      email(at('2026-11-06 09:00'), 'Three'),
      reply(at('2026-11-09 10:00'), 'Re: Two'),
    ]);
    expect(replyRate(touches)).toEqual({ value: 0.67, numerator: 2, denominator: 3 });
  });

  it('does not take an out-of-office reply for an answer, and waits for the person’s reply', () => {
    const touches = touchesOf([
      email(at('2026-11-02 09:00')),
      reply(at('2026-11-02 09:01'), 'Automatic reply: out of office', { automated: true }),
      reply(at('2026-11-05 10:00')),
    ]);
    expect(replyRate(touches)).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('with automated emails left out, gives a reply after a sequence email to the sequence, not to the manual email before it', () => {
    const touches = touchesOf([
      email(at('2026-11-09 09:00'), 'Route pricing v2'),
      email(at('2026-11-11 09:00'), 'Following up (sequence step 2)', { automated: true }),
      reply(at('2026-11-12 10:00'), 'Re: Following up (sequence step 2)'),
    ]);
    expect(replyRate(touches, false)).toEqual({ value: 0, numerator: 0, denominator: 1 });
    expect(replyRate(touches, true)).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('takes a reply shown with only a date for the answer to an email sent earlier that day', () => {
    const touches = touchesOf([
      email(at('2026-11-18 10:15'), 'Route pricing v2'),
      reply(at('2026-11-18 00:00'), 'Re: Route pricing v2', { timePrecision: 'day' }),
    ]);
    expect(replyRate(touches)).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(touchesToFirstReply(touches, { start: new Date(0), end: new Date('2026-11-20T15:00:00Z') })).toBe(1);
  });

  it('stays between 0 and 1 whatever the mix of emails', () => {
    const replies = Array.from({ length: 4 }, (_, i) => reply(at(`2026-11-0${i + 2} 10:00`), `Re ${i}`));
    const rate = replyRate(touchesOf([email(at('2026-11-02 09:00')), ...replies]));
    expect(rate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });
});

describe('connectRate', () => {
  it('counts connected calls over attempts, unknown outcomes as attempts', () => {
    const touches = touchesOf([
      call(at('2026-11-03 10:00'), 'no-answer'),
      call(at('2026-11-05 10:00'), 'voicemail'),
      call(at('2026-11-09 10:00'), null),
      call(at('2026-11-12 10:00'), 'connected'),
    ]);
    expect(connectRate(touches)).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
  });

  it('does not count the contact calling in as an attempt', () => {
    const touches = touchesOf([
      call(at('2026-11-03 10:00'), 'no-answer'),
      call(at('2026-11-04 16:00'), 'connected', { direction: 'inbound', title: 'Jordan called back' }),
    ]);
    expect(connectRate(touches)).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });

  it('is "—" with reason no-calls when there were no calls', () => {
    expect(connectRate(touchesOf([email(at('2026-11-03 10:00'))]))).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      reason: 'no-calls',
    });
  });
});
