import { describe, expect, it } from 'vitest';
import { touchesToFirstMeeting, touchesToFirstReply } from '../../../lib/metrics/first-outcome';
import { at, call, email, meeting, reply, social, touchesOf } from './builders';

describe('touches to first reply and first meeting', () => {
  const cadence = [
    email(at('2026-11-02 09:00'), 'Route pricing v2'),
    call(at('2026-11-04 10:00'), 'voicemail'),
    email(at('2026-11-06 09:00'), 'Quick question on your fleet'),
    social(at('2026-11-09 12:00')),
    reply(at('2026-11-09 16:40'), 'Re: Quick question on your fleet'),
    email(at('2026-11-10 09:00'), 'Times for a call'),
    meeting(at('2026-11-13 10:00'), 'held'),
  ];

  it('counts the 4 outbound touches before the first reply', () => {
    expect(touchesToFirstReply(touchesOf(cadence))).toBe(4);
  });

  it('counts the 5 outbound touches before the first held meeting, not the meeting itself', () => {
    expect(touchesToFirstMeeting(touchesOf(cadence))).toBe(5);
  });

  it('is 0 when the contact wrote first', () => {
    expect(
      touchesToFirstReply(touchesOf([reply(at('2026-11-02 08:00'), 'Pricing request'), email(at('2026-11-02 09:00'))])),
    ).toBe(0);
  });

  it('is null when there was no reply or meeting', () => {
    const touches = touchesOf(cadence.slice(0, 4));
    expect(touchesToFirstReply(touches)).toBeNull();
    expect(touchesToFirstMeeting(touches)).toBeNull();
  });

  it('ignores a no-show: it was not a meeting held', () => {
    const touches = touchesOf([email(at('2026-11-02 09:00')), meeting(at('2026-11-05 10:00'), 'no-show')]);
    expect(touchesToFirstMeeting(touches)).toBeNull();
  });
});
