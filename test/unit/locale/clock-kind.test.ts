import { describe, expect, it } from 'vitest';
import { clockKind } from '../../../lib/locale/clock-kind';

describe('the kind of clock printed times show', () => {
  it('a time past noon without am/pm is a 24-hour clock', () => {
    expect(clockKind('10/11/2026, 14:15')).toEqual({ twelveHour: false, pastNoon24: true });
    expect(clockKind('16:45 | 18 Nov')).toEqual({ twelveHour: false, pastNoon24: true });
    expect(clockKind('18 nov. 2026 à 14h30')).toEqual({ twelveHour: false, pastNoon24: true });
  });

  it('a time with am/pm is a 12-hour clock, in any spelling', () => {
    expect(clockKind('11/3/2026, 9:15 AM')).toEqual({ twelveHour: true, pastNoon24: false });
    expect(clockKind('3/11/2026 9:12 a. m.')).toEqual({ twelveHour: true, pastNoon24: false });
    expect(clockKind('Nov 3 at 4:10 pm')).toEqual({ twelveHour: true, pastNoon24: false });
  });

  it('a morning time without am/pm tells nothing: it starts a 12-hour range too', () => {
    expect(clockKind('03/11/2026, 09:15')).toEqual({ twelveHour: false, pastNoon24: false });
    expect(clockKind('9:00 – 10:30 AM')).toEqual({ twelveHour: true, pastNoon24: false });
  });

  it('a date is no time', () => {
    expect(clockKind('18.11.2026')).toEqual({ twelveHour: false, pastNoon24: false });
    expect(clockKind('19/11/2026')).toEqual({ twelveHour: false, pastNoon24: false });
  });
});
