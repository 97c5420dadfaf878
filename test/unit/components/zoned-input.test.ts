import { describe, expect, it } from 'vitest';
import { fromZonedInputValue, toZonedInputValue } from '../../../components/zoned-input';

describe('a datetime-local value in the zone setting', () => {
  it("shows an instant as that zone's wall clock, summer and winter", () => {
    expect(toZonedInputValue(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01T14:00');
    expect(toZonedInputValue(new Date('2026-11-20T15:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-20T20:30');
  });

  it('reads a typed wall clock back as the instant it stands for there', () => {
    expect(fromZonedInputValue('2026-07-01T14:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(fromZonedInputValue('2026-11-19T23:45', 'Pacific/Auckland')?.toISOString()).toBe('2026-11-19T10:45:00.000Z');
  });

  it('moves a time the clocks skipped forward, as clocks do', () => {
    // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00 (01:00 UTC).
    expect(fromZonedInputValue('2026-03-29T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads nothing from an empty or partly typed value', () => {
    expect(fromZonedInputValue('', 'UTC')).toBeUndefined();
    expect(fromZonedInputValue('2026-11-19', 'UTC')).toBeUndefined();
  });
});
