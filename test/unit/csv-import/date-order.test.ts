import { describe, expect, it } from 'vitest';
import { settleDateOrder } from '../../../lib/csv-import/date-order';

describe('settleDateOrder', () => {
  it('is day first when a first number above 12 appears anywhere in the column', () => {
    expect(settleDateOrder(['03/04/2026', '05/06/2026', '25/06/2026 14:00'])).toBe('day-first');
  });

  it('is month first when a second number above 12 appears anywhere', () => {
    expect(settleDateOrder(['03/04/2026', '11/18/2026 2:30 PM'])).toBe('month-first');
  });

  it('is day first for dotted dates, a notation only day-first locales use', () => {
    expect(settleDateOrder(['03.04.2026'])).toBe('day-first');
  });

  it('stays unsettled when every date could be read either way: the user is asked', () => {
    expect(settleDateOrder(['03/04/2026', '05/05/2026', '12/01/2026'])).toBe('unsettled');
  });

  it('says the column conflicts when it holds both orders', () => {
    expect(settleDateOrder(['25/06/2026', '06/25/2026'])).toBe('conflicting');
  });

  it('takes no evidence from ISO or named-month dates', () => {
    expect(settleDateOrder(['2026-11-18 14:30', 'Nov 18, 2026'])).toBe('unsettled');
  });
});
