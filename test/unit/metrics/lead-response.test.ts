import { describe, expect, it } from 'vitest';
import { leadResponseHours } from '../../../lib/metrics/lead-response';
import { at, call, email, reply, touchesOf } from './builders';

describe('leadResponseHours', () => {
  const created = at('2026-11-16 09:00');

  it('is the hours from creation to the first outbound touch', () => {
    const touches = touchesOf([
      reply(at('2026-11-16 09:05'), 'Demo request'),
      call(at('2026-11-16 11:30'), 'connected'),
    ]);
    expect(leadResponseHours(created, touches)).toBe(2.5);
  });

  it('is not shown when the creation time is unknown', () => {
    expect(leadResponseHours(undefined, touchesOf([email(at('2026-11-16 10:00'))]))).toBeNull();
  });

  it('is not shown before any outbound touch', () => {
    expect(leadResponseHours(created, touchesOf([reply(at('2026-11-16 09:05'))]))).toBeNull();
  });

  it('is not shown when the touch came before the record was created', () => {
    expect(leadResponseHours(created, touchesOf([email(at('2026-11-15 16:00'))]))).toBeNull();
  });

  it('is not shown when the first outbound touch has a date but no time of day', () => {
    // Stored at the day's 00:00: "0 hours", or "−9 hours" on the creation day, would be a guess.
    const dateOnly = (day: string) => touchesOf([email(at(`${day} 00:00`), 'Hello', { timePrecision: 'day' })]);
    expect(leadResponseHours(created, dateOnly('2026-11-17'))).toBeNull();
    expect(leadResponseHours(created, dateOnly('2026-11-16'))).toBeNull();
  });

  it('is not shown when the page gave the creation as a date alone (stored at 00:00 where it was read)', () => {
    // "Person created: November 16, 2026": created at 00:00 or at 18:00, after the 11:30 call.
    const touches = touchesOf([call(at('2026-11-16 11:30'), 'connected')]);
    expect(leadResponseHours(at('2026-11-16 00:00'), touches, undefined, 'America/Los_Angeles')).toBeNull();
    expect(leadResponseHours(at('2026-11-16 00:05'), touches, undefined, 'America/Los_Angeles')).toBe(11.42);
  });

  it('counts real hours across the daylight-saving change', () => {
    const touches = touchesOf([email(at('2026-11-01 12:00'))]);
    expect(leadResponseHours(at('2026-10-31 12:00'), touches)).toBe(25);
  });

  it('is not shown for a contact created before the retention cutoff: its first response may be gone', () => {
    const touches = touchesOf([call(at('2026-11-16 11:30'), 'connected')]);
    expect(leadResponseHours(created, touches, new Date(Date.parse(created) + 60_000))).toBeNull();
    expect(leadResponseHours(created, touches, new Date(Date.parse(created) - 60_000))).toBe(2.5);
  });
});
