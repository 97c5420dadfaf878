import { describe, expect, it } from 'vitest';
import { isAmbiguousDate, readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn } from './clocks';

const clock = clockIn('UTC');
const unsettled = pageLocaleFor('en');

describe('numeric dates whose order the page does not settle', () => {
  it('are ambiguous and not read when both numbers could be the month', () => {
    expect(isAmbiguousDate('03/04/2026', unsettled)).toBe(true);
    expect(isAmbiguousDate('Due 03/04/2026 at 10:00', undefined)).toBe(true);
    expect(isAmbiguousDate('03-04-26', undefined)).toBe(true);
    expect(readPageDate('03/04/2026', clock, unsettled)).toBeUndefined();
    expect(readPageDate('03/04/2026 10:00', clock)).toBeUndefined();
  });

  it('are settled by a number above 12 in either place', () => {
    expect(isAmbiguousDate('13/04/2026', unsettled)).toBe(false);
    expect(isAmbiguousDate('04/13/2026', unsettled)).toBe(false);
    expect(readPageDate('13/04/2026', clock, unsettled)?.timestamp).toBe('2026-04-13T00:00:00.000Z');
    expect(readPageDate('04/13/2026', clock, unsettled)?.timestamp).toBe('2026-04-13T00:00:00.000Z');
  });

  it('are settled by equal numbers, by dots (always day first) and by the page locale', () => {
    expect(isAmbiguousDate('04/04/2026', unsettled)).toBe(false);
    expect(isAmbiguousDate('03.04.2026', unsettled)).toBe(false);
    expect(readPageDate('03.04.2026', clock, unsettled)?.timestamp).toBe('2026-04-03T00:00:00.000Z');
    expect(isAmbiguousDate('03/04/2026', pageLocaleFor('de-DE'))).toBe(false);
    expect(isAmbiguousDate('03/04/2026', pageLocaleFor('en-US'))).toBe(false);
  });

  it('are not found in text without a numeric date', () => {
    expect(isAmbiguousDate('Nov 3, 2026', unsettled)).toBe(false);
    expect(isAmbiguousDate('2026-03-04', unsettled)).toBe(false);
    expect(isAmbiguousDate('+1 555 03 04 2026', unsettled)).toBe(false);
  });
});
