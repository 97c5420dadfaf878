import { describe, expect, it } from 'vitest';
import { parseTimelineDate } from '../../../../lib/adapters/salesforce/timeline-date';

const LA = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'America/Los_Angeles' };
const UTC = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };
const past = { upcoming: false };

describe('Salesforce timeline dates', () => {
  it.each([
    ['3:15 PM | Today', UTC, past, '2026-11-20T15:15:00.000Z'],
    ['3:15 PM | Yesterday', LA, past, '2026-11-19T23:15:00.000Z'],
    ['3:15 PM | Nov 2', LA, past, '2026-11-02T23:15:00.000Z'],
    ['9:00 AM | Oct 30', LA, past, '2026-10-30T16:00:00.000Z'],
    ['Nov 18', UTC, { upcoming: false, groupYear: 2025 }, '2025-11-18T00:00:00.000Z'],
    ['Jan 4', UTC, { upcoming: true }, '2027-01-04T00:00:00.000Z'],
    ['Overdue | Nov 3', UTC, { upcoming: true }, '2026-11-03T00:00:00.000Z'],
    ['Nov 18, 2025 4:05 PM', UTC, past, '2025-11-18T16:05:00.000Z'],
  ])('%s reads as %s', (text, clock, context, iso) => {
    expect(parseTimelineDate(text, clock, context)).toBe(iso);
  });

  it('keeps nothing it cannot read', () => {
    expect(parseTimelineDate('sometime soon', UTC, past)).toBeUndefined();
  });
});
