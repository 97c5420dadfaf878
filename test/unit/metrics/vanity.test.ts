import { describe, expect, it } from 'vitest';
import { isVanity } from '../../../lib/metrics/vanity';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, email, meeting, NOW, reply, touchesOf } from './builders';

/** `n` outbound emails of the last 30 days, one every 20 hours back from now. */
const emails = (n: number): Activity[] =>
  Array.from({ length: n }, (_, i) =>
    email(new Date(NOW.getTime() - (i + 1) * 20 * 3_600_000).toISOString(), `Step ${i + 1}`),
  );

describe('isVanity (over the last 30 days)', () => {
  it('flags 15 mid-market touches with no reply, connect or meeting', () => {
    expect(isVanity('mid-market', touchesOf(emails(15)))).toBe(true);
  });

  it('does not flag 14 touches: the top of the band is not above it', () => {
    expect(isVanity('mid-market', touchesOf(emails(14)))).toBe(false);
  });

  it.each([
    ['a reply', reply(at('2026-11-18 10:00'))],
    ['a connected call', call(at('2026-11-18 10:00'), 'connected')],
    ['a held meeting', meeting(at('2026-11-18 10:00'), 'held')],
  ])('does not flag many touches that produced %s', (_, outcome) => {
    expect(isVanity('mid-market', touchesOf([...emails(15), outcome]))).toBe(false);
  });

  it('uses 20 as the enterprise top', () => {
    expect(isVanity('enterprise', touchesOf(emails(20)))).toBe(false);
    expect(isVanity('enterprise', touchesOf(emails(21)))).toBe(true);
  });

  it('still flags when every call went unanswered', () => {
    expect(isVanity('smb', touchesOf([...emails(11), call(at('2026-11-18 10:00'), 'no-answer')]))).toBe(true);
  });
});
