import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatHours,
  formatMoney,
  formatPercent,
  formatShortDate,
  rateValue,
  reasonText,
  relativeDays,
} from '../../../components/format';

describe('panel formatting', () => {
  it('says days ago in words', () => {
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(1)).toBe('1 day ago');
    expect(relativeDays(12)).toBe('12 days ago');
  });

  it('writes a calendar day as weekday, day and month without shifting it by zone', () => {
    expect(formatDay('2026-12-03')).toBe('Thu 3 Dec');
    expect(formatDay('2026-11-01')).toBe('Sun 1 Nov');
  });

  it('writes an instant as the day in the given zone', () => {
    expect(formatShortDate('2026-11-20T03:00:00Z', 'UTC')).toBe('20 Nov');
    expect(formatShortDate('2026-11-20T03:00:00Z', 'America/Los_Angeles')).toBe('19 Nov');
  });

  it('writes rates as percentages and as plain two-decimal data values', () => {
    expect(formatPercent(0.25)).toBe('25%');
    expect(formatPercent(1 / 3)).toBe('33%');
    expect(rateValue(1 / 3)).toBe('0.33');
    expect(rateValue(0.5)).toBe('0.50');
  });

  it('writes money with its currency', () => {
    expect(formatMoney(31500, 'USD', 'en-US')).toBe('$31,500');
    expect(formatMoney(1250.5, 'EUR', 'en-US')).toBe('€1,250.50');
    expect(formatMoney(900, 'not-a-code', 'en-US')).toBe('900 not-a-code');
    expect(formatMoney(900, undefined, 'en-US')).toBe('900');
  });

  it('writes durations in a readable unit', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(5.2)).toBe('5 h');
    expect(formatHours(60)).toBe('2.5 days');
  });

  it('turns machine reasons into words', () => {
    expect(reasonText('no-calls')).toBe('no outbound calls in period');
    expect(reasonText('no-outbound-email')).toBe('no outbound emails in period');
    expect(reasonText('page-not-loaded')).toBe('page not loaded');
  });
});
