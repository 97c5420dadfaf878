import { describe, expect, it } from 'vitest';
import { teamReplyRate } from '../../../lib/metrics/reply-rate-across-contacts';
import { at, email, JORDAN, reply, SAM, touchesOf } from './builders';

describe('teamReplyRate: the reply rate over many contacts', () => {
  it('counts an email to two contacts once, answered when the second of them replies', () => {
    const touches = touchesOf([
      email(at('2026-11-09 09:00'), 'Pilot proposal', { contactKeys: [JORDAN, SAM] }),
      reply(at('2026-11-10 11:00'), 'Re: Pilot proposal', { contactKeys: [SAM] }),
    ]);
    expect(teamReplyRate(touches, true)).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('counts an email to two contacts answered once when both reply', () => {
    const touches = touchesOf([
      email(at('2026-11-09 09:00'), 'Pilot proposal', { contactKeys: [JORDAN, SAM] }),
      reply(at('2026-11-10 11:00'), 'Re: Pilot proposal', { contactKeys: [SAM] }),
      reply(at('2026-11-10 12:00'), 'Re: Pilot proposal', { contactKeys: [JORDAN] }),
    ]);
    expect(teamReplyRate(touches, true)).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it("never takes one contact's reply for the answer to another contact's email", () => {
    const touches = touchesOf([
      email(at('2026-11-09 09:00'), 'Pilot proposal', { contactKeys: [JORDAN] }),
      reply(at('2026-11-10 11:00'), 'A question', { contactKeys: [SAM] }),
    ]);
    expect(teamReplyRate(touches, true)).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });

  it('with automated emails left out, gives a reply after a sequence email to the sequence', () => {
    const touches = touchesOf([
      email(at('2026-11-09 09:00'), 'Route pricing v2', { contactKeys: [JORDAN] }),
      email(at('2026-11-11 09:00'), 'Following up (sequence step 2)', { contactKeys: [JORDAN], automated: true }),
      reply(at('2026-11-12 10:00'), 'Re: Following up', { contactKeys: [JORDAN] }),
    ]);
    expect(teamReplyRate(touches, false)).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });
});
