import { describe, expect, it } from 'vitest';
import { isVanity } from '../../../lib/metrics/vanity';
import type { Activity } from '../../../lib/schema/activity';
import { DEFAULT_BANDS } from '../../../lib/schema/settings';
import { at, call, email, meeting, NOW, reply, touchesOf } from './builders';

/** `n` outbound emails of the last 30 days, one every 20 hours back from now. */
const emails = (n: number): Activity[] =>
  Array.from({ length: n }, (_, i) =>
    email(new Date(NOW.getTime() - (i + 1) * 20 * 3_600_000).toISOString(), `Step ${i + 1}`),
  );

describe('isVanity (over the last 30 days)', () => {
  it('flags 15 mid-market touches with no reply, connect or meeting', () => {
    expect(isVanity(DEFAULT_BANDS['mid-market'], touchesOf(emails(15)))).toBe(true);
  });

  it('does not flag 14 touches: the top of the band is not above it', () => {
    expect(isVanity(DEFAULT_BANDS['mid-market'], touchesOf(emails(14)))).toBe(false);
  });

  it.each([
    ['a reply', reply(at('2026-11-18 10:00'))],
    ['a connected call', call(at('2026-11-18 10:00'), 'connected')],
    ['a held meeting', meeting(at('2026-11-18 10:00'), 'held')],
  ])('does not flag many touches that produced %s', (_, outcome) => {
    expect(isVanity(DEFAULT_BANDS['mid-market'], touchesOf([...emails(15), outcome]))).toBe(false);
  });

  it('uses 20 as the enterprise top', () => {
    expect(isVanity(DEFAULT_BANDS['enterprise'], touchesOf(emails(20)))).toBe(false);
    expect(isVanity(DEFAULT_BANDS['enterprise'], touchesOf(emails(21)))).toBe(true);
  });

  it('uses the band the user set for the motion', () => {
    expect(isVanity({ low: 2, high: 4 }, touchesOf(emails(5)))).toBe(true);
    expect(isVanity({ low: 2, high: 30 }, touchesOf(emails(25)))).toBe(false);
  });

  it('still flags when every call went unanswered', () => {
    expect(isVanity(DEFAULT_BANDS['smb'], touchesOf([...emails(11), call(at('2026-11-18 10:00'), 'no-answer')]))).toBe(
      true,
    );
  });
});
