import { describe, expect, it } from 'vitest';
import { groupYearOf, parseTimelineDate } from '../../../../lib/adapters/salesforce/timeline-date';

const LA = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'America/Los_Angeles' };
const UTC = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };
const past = { upcoming: false };

describe('Salesforce timeline dates', () => {
  it.each([
    ['3:15 PM | Today', UTC, past, '2026-11-20T15:15:00.000Z', 'minute'],
    ['3:15 PM | Yesterday', LA, past, '2026-11-19T23:15:00.000Z', 'minute'],
    ['3:15 PM | Nov 2', LA, past, '2026-11-02T23:15:00.000Z', 'minute'],
    ['9:00 AM | Oct 30', LA, past, '2026-10-30T16:00:00.000Z', 'minute'],
    ['Nov 18', UTC, { upcoming: false, groupYear: 2025 }, '2025-11-18T00:00:00.000Z', 'day'],
    ['Jan 4', UTC, { upcoming: true }, '2027-01-04T00:00:00.000Z', 'day'],
    // Upcoming without a late marker is at most two months overdue: next July, not four months back.
    ['Jul 15', UTC, { upcoming: true }, '2027-07-15T00:00:00.000Z', 'day'],
    ['Nov 19', LA, { upcoming: true }, '2026-11-19T08:00:00.000Z', 'day'],
    ['Sep 25', UTC, { upcoming: true }, '2026-09-25T00:00:00.000Z', 'day'],
    ['Sep 15', UTC, { upcoming: true }, '2027-09-15T00:00:00.000Z', 'day'],
    // Today's day in the page's zone stays today, its hour past or not (7 AM in Los Angeles).
    ['Nov 20', LA, { upcoming: true }, '2026-11-20T08:00:00.000Z', 'day'],
    ['6:00 AM | Nov 20', LA, { upcoming: true }, '2026-11-20T14:00:00.000Z', 'minute'],
    ['Overdue | Nov 3', UTC, { upcoming: true }, '2026-11-03T00:00:00.000Z', 'day'],
    // Left open since April: overdue is past, not next April.
    ['Overdue | Apr 10', UTC, { upcoming: true }, '2026-04-10T00:00:00.000Z', 'day'],
    // Due on 22 Dec and marked overdue on 20 Nov: last year's.
    ['Overdue | Dec 22', UTC, { upcoming: true }, '2025-12-22T00:00:00.000Z', 'day'],
    ['Nov 18, 2025 4:05 PM', UTC, past, '2025-11-18T16:05:00.000Z', 'minute'],
    ['10:00am | 3/23/17', UTC, past, '2017-03-23T10:00:00.000Z', 'minute'],
  ])('%s reads as %s', (text, clock, context, iso, precision) => {
    expect(parseTimelineDate(text, clock, context)).toEqual({ timestamp: iso, timePrecision: precision });
  });

  it('drops the late marker in the page language', () => {
    const read = parseTimelineDate('Überfällig | Nov 3', UTC, { upcoming: true, overdue: ['Überfällig'] });
    expect(read?.timestamp).toBe('2026-11-03T00:00:00.000Z');
  });

  it('takes a late marker shown apart from the date text', () => {
    const read = parseTimelineDate('Jul 15', UTC, { upcoming: true, late: 'marked' });
    expect(read?.timestamp).toBe('2026-07-15T00:00:00.000Z');
  });

  it('keeps nothing it cannot read', () => {
    expect(parseTimelineDate('sometime soon', UTC, past)).toBeUndefined();
  });

  it.each([
    ['November • 2026', 2026],
    ['décembre 2025', 2025],
    ['This Month', undefined],
  ])('the group heading %s has the year %s', (heading, year) => {
    expect(groupYearOf(heading)).toBe(year);
  });
});
