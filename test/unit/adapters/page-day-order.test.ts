// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { withPageDayOrder } from '../../../lib/adapters/page-day-order';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleOf } from '../../../lib/locale/page-locale';
import { clockIn } from '../locale/clocks';

/**
 * Salesforce, HubSpot and Pipedrive print dates in the user's locale setting, apart from the
 * language `<html lang>` names: a UK user whose language is "English" has an `en-US` page printing
 * 05/12/2026 for 5 December. Early in a month no numeric date has a day above 12; the page's
 * other dates and clocks still tell the order. Each case reads a date shown on a page of values.
 */
function closeDate(lang: string, shown: string, ...others: string[]): string | undefined {
  const cells = [shown, ...others].map((value) => `<td>${value}</td>`).join('');
  const doc = new DOMParser().parseFromString(
    `<html lang="${lang}"><body><table><tr>${cells}</tr></table></body></html>`,
    'text/html',
  );
  const locale = withPageDayOrder(pageLocaleOf(doc), doc.body);
  return readPageDate(shown, clockIn('UTC'), locale)?.timestamp.slice(0, 10);
}

const DECEMBER_5 = '2026-12-05';
const MAY_12 = '2026-05-12';

describe('a UK-locale page in English (lang="en-US")', () => {
  it('reads 05/12/2026 as 5 December when a date with a month name puts the day first ("18 Nov")', () => {
    expect(closeDate('en-US', '05/12/2026', '16:45 | 18 Nov')).toBe(DECEMBER_5);
    expect(closeDate('en-US', '05/12/2026', '3 Dec 2026')).toBe(DECEMBER_5);
  });

  it('reads 05/12/2026 as 5 December when its times beside dates are 24-hour ("10/11/2026, 14:15")', () => {
    expect(closeDate('en-US', '05/12/2026', '10/11/2026, 14:15', '03/11/2026, 09:15')).toBe(DECEMBER_5);
  });

  it('still reads 05/12/2026 as 5 December when a day above 12 shows it (19/11/2026), as before', () => {
    expect(closeDate('en-US', '05/12/2026', '19/11/2026')).toBe(DECEMBER_5);
  });
});

describe('a US-locale page in German (lang="de")', () => {
  it('reads 12/5/2026 as 5 December when a date with a month name puts the month first ("Nov 18")', () => {
    expect(closeDate('de', '12/5/2026', 'Nov 18', '11/3/2026, 9:15 AM')).toBe(DECEMBER_5);
  });

  it('leaves 12/5/2026 unread, never 12 May, when only its 12-hour times say the locale is not German', () => {
    // A 12-hour clock is the United States' and also Australia's, India's or (on HubSpot) the UK's:
    // it says the German order does not hold, not which order does.
    expect(closeDate('de', '12/5/2026', '11/3/2026, 9:15 AM')).toBeUndefined();
  });
});

describe('signals that disagree', () => {
  it('a numeric date that can only be one order wins over dates with a month name', () => {
    expect(closeDate('en', '05/12/2026', '19/11/2026', 'Nov 18')).toBe(DECEMBER_5);
  });

  it('dates with a month name both ways round leave 05/12/2026 unread, even on an en-US page', () => {
    expect(closeDate('en-US', '05/12/2026', '18 Nov', 'Nov 18')).toBeUndefined();
  });

  it('numeric dates both ways round leave 05/12/2026 unread, even on an en-US page', () => {
    expect(closeDate('en-US', '05/12/2026', '19/11/2026', '11/19/2026')).toBeUndefined();
  });

  it('a month name outweighs the clock: "Nov 18" with 24-hour times stays month first', () => {
    expect(closeDate('en', '05/12/2026', 'Nov 18', '10/11/2026, 14:15')).toBe(MAY_12);
  });

  it('12-hour and 24-hour times together settle nothing: the tag decides', () => {
    expect(closeDate('en-US', '05/12/2026', '10/11/2026, 14:15', '11/3/2026, 9:15 AM')).toBe(MAY_12);
    expect(closeDate('en', '05/12/2026', '10/11/2026, 14:15', '11/3/2026, 9:15 AM')).toBeUndefined();
  });
});

describe('what settles nothing', () => {
  it('an all-ambiguous page with no other signal keeps its language tag’s order, or none', () => {
    expect(closeDate('en-US', '05/12/2026', '03/11/2026, 09:15')).toBe(MAY_12);
    expect(closeDate('en-GB', '05/12/2026', '03/11/2026, 09:15')).toBe(DECEMBER_5);
    expect(closeDate('de', '05/12/2026')).toBe(DECEMBER_5);
    expect(closeDate('en', '05/12/2026')).toBeUndefined();
  });

  it('12-hour times on an English day-first page: HubSpot prints "3:04 PM" for the UK too', () => {
    expect(closeDate('en-GB', '05/12/2026', '11/3/2026, 9:15 AM')).toBe(DECEMBER_5);
  });

  it('a time not beside a date (a call 14:32 long) is no clock', () => {
    expect(closeDate('en-US', '05/12/2026', 'Duration', '14:32')).toBe(MAY_12);
  });

  it('a date and time inside someone’s words: "Could we meet 18 Nov at 14:00?"', () => {
    expect(closeDate('en-US', '05/12/2026', 'Could we meet 18 Nov at 14:00?')).toBe(MAY_12);
  });

  it('a month name beside a number in words ("May 5 calls were logged")', () => {
    expect(closeDate('en', '05/12/2026', 'May 5 calls were logged')).toBeUndefined();
  });
});
