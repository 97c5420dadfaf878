import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * README: a planned item's day printed without a year is "at most about two months overdue on
 * Salesforce" (overdue-window.ts: 61 days); Lightning prints due dates without a year
 * (crm-evidence-2.md) and may mark an overdue task by colour only (timeline-date.ts). The rule
 * holds within a year ("Nov 18" read on Nov 20 is two days overdue: upcoming-year.test.ts).
 *
 * Oracle, by hand, read at 2027-01-10T15:00Z: the open Task due "Dec 20" under "Upcoming &
 * Overdue", with no late marker, is 21 days overdue: 2026-12-20 (before: 2027-12-20, eleven months
 * ahead). "Jan 20" is ten days ahead, 2027-01-20; "Oct 1" would be 101 days overdue, more than the
 * window, so it is next October, 2027-10-01.
 */
const task = (date: string) =>
  entry({
    object: 'Task',
    id: '00T8d00000Cc601AAV',
    subject: 'Send contract',
    kind: 'task',
    iconTitle: 'Task',
    date,
    checkbox: false,
    summary: 'You have an upcoming Task with Dana Whitfield',
  });

describe('an open Task due without a year or a late marker, read on 10 January', () => {
  it.each([
    ['Dec 20', false, '2026-12-20T00:00:00.000Z'],
    ['Dec 20', true, '2026-12-20T00:00:00.000Z'],
    ['Jan 20', true, '2027-01-20T00:00:00.000Z'],
    ['Oct 1', true, '2027-10-01T00:00:00.000Z'],
  ])('due "%s" is at most about two months overdue (classes stripped: %s)', (date, strip, expected) => {
    const page = recordPage(auraTimeline({ upcoming: task(date) }));
    const a = readRecord(page, { strip, now: new Date('2027-01-10T15:00:00Z') }).activities[0];
    expect(a?.planned).toBe(true);
    expect(a?.timestamp).toBe(expected);
  });
});
