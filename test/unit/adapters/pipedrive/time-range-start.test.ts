import { describe, expect, it } from 'vitest';
import { rangeStart } from '../../../../lib/adapters/pipedrive/time-range';

describe('a date segment showing its time as a range is dated by its start', () => {
  it.each([
    ['November 6, 2026 12:30 PM – 1:30 PM', 'November 6, 2026 12:30 PM'],
    ['November 23, 2026 2:00 – 3:00 PM', 'November 23, 2026 2:00 PM'],
    ['23. November 2026 um 14:00 – 15:00 Uhr', '23. November 2026 um 14:00'],
    ['23 novembre 2026 à 14h00-15h00', '23 novembre 2026 à 14h00'],
    // The end's "PM" would put an 11 o'clock start after a noon end: the start is in the morning.
    ['November 17, 2026 at 11:00 – 12:00 PM', 'November 17, 2026 at 11:00 AM'],
    ['November 17, 2026 at 11:30 – 1:00 pm', 'November 17, 2026 at 11:30 AM'],
  ])('"%s" → "%s"', (segment, start) => {
    expect(rangeStart(segment)).toBe(start);
  });

  it('leaves a date without a range, or a range of days, as it is', () => {
    expect(rangeStart('November 6, 2026 12:30 PM')).toBe('November 6, 2026 12:30 PM');
    expect(rangeStart('November 6 – 8, 2026')).toBe('November 6 – 8, 2026');
  });
});
