import { describe, expect, it } from 'vitest';
import { namedDateOrder } from '../../../lib/locale/named-date-order';

describe('the order a date printed with a month name shows', () => {
  it.each([
    '18 Nov',
    '18. Nov.',
    '3 Dec 2026',
    '12 Mar 2025 at 3:04 PM GMT',
    '10 sept. 2026 à 11:53 GMT+2',
    '18. November 2026 um 14:05',
  ])('"%s" is day first', (value) => {
    expect(namedDateOrder(value)).toBe('day-first');
  });

  it.each(['Nov 18', 'Aug 28 at 9:45 AM', 'November 17 2026', 'Sept 3rd'])('"%s" is month first', (value) => {
    expect(namedDateOrder(value)).toBe('month-first');
  });

  it.each([
    'May 5 calls were logged',
    '4 Decision maker bought-in',
    'Decision 2',
    'Jun 2026',
    'Q4 2026',
    '32 Nov',
    '3 Calls',
    'Today at 14:05',
  ])('"%s" is no date and shows no order', (value) => {
    expect(namedDateOrder(value)).toBeUndefined();
  });
});
