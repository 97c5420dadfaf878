import { describe, expect, it } from 'vitest';
import { monthGroupYear } from '../../../../lib/adapters/salesforce/timeline-date';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * Past activities are grouped under period headings, "This Month" then older months
 * (crm-evidence-2.md: `div.past-activity-group`s headed by period text). The group says which month
 * an item's day without a year is in, as "October • 2026" does for older groups. A task marked done
 * before its due date is listed there with its due date (crm-evidence-2.md: "Past meetings and tasks
 * marked as done show up here").
 *
 * Oracle, by hand, at 2026-11-20T15:00Z: "This Month" is November 2026, so the done email Task
 * "Nov 25" under it is 2026-11-25, not 2025-11-25 (a year off: it falls out of every period and
 * days-since-last-touch).
 */
const emailTask = item({
  token: 'Task',
  icon: 'email',
  iconTitle: 'Email',
  subject: 'Email: Proposal',
  id: '00T5g00000DpQL1EAN',
  date: 'Nov 25',
  checkbox: 'checked',
  summary: 'You had a Task with Maria Jensen',
});

describe('a done item under "This Month" dated later this month', () => {
  it.each(['none', 'stripped'] as const)('is in this month of this year (%s)', (t) => {
    const r = read(contactPage(timeline('', [{ heading: 'This Month', items: emailTask }])), t);
    expect(r.activities.find((a) => a.title === 'Proposal')?.timestamp).toBe('2026-11-25T00:00:00.000Z');
  });
});

describe('a group named relative to today', () => {
  it('takes its year from the month it names, across a year boundary', () => {
    const january = { now: new Date('2027-01-10T12:00:00Z'), timeZone: 'UTC' };
    expect(monthGroupYear(-1, january)).toBe(2026);
    expect(monthGroupYear(0, january)).toBe(2027);
    expect(monthGroupYear(1, { now: new Date('2026-12-10T12:00:00Z'), timeZone: 'UTC' })).toBe(2027);
  });
});
