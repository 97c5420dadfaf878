import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * Past activities are grouped under month headings and listed newest first (crm-evidence-2.md:
 * "past-activity-groups headed by period text"). When a month's heading is not shown, its items
 * sit in the group above: a logged call "Dec 28" (no year printed) under "October • 2026".
 * decisions.md, Reading pages: "a wrong value counts against, `unknown` with a `notRead` entry does not".
 *
 * Oracle, by hand, read at 2026-11-20T15:00Z:
 * - listed below the group's October call, "Dec 28" is older than 14 Oct 2026: 28 Dec 2025;
 * - listed above it, it is newer than the October call, yet a done call cannot be on 28 Dec 2026,
 *   five weeks ahead, nor (newest first) in 2025: its date is not read, its text kept and reported;
 * - "Nov 3" above the October call is newer and past: 3 Nov 2026, as the group's year says.
 * Before, "Dec 28" took the group's year in both places: a done call on 28 Dec 2026, counted as
 * a touch today.
 */
const call = (id: string, subject: string, date: string) =>
  entry({
    object: 'Task',
    id,
    subject,
    kind: 'call',
    iconTitle: 'Call',
    date,
    checkbox: true,
    summary: 'You logged a call with Dana Whitfield',
  });
const october = call('00T8d00000Cc901AAV', 'Pricing call', 'Oct 14');
const december = call('00T8d00000Cc902AAV', 'Year-end call', 'Dec 28');
const november = call('00T8d00000Cc903AAV', 'Pilot call', 'Nov 3');

function read(items: string, strip: boolean) {
  const reading = readRecord(recordPage(auraTimeline({ groups: [{ heading: 'October • 2026', items }] })), { strip });
  const activities = reading.activities.map(({ title, timestamp, dateText }) => ({ title, timestamp, dateText }));
  return { activities, notRead: reading.notRead };
}

describe('a done item of a later month than its group, its own heading not shown', () => {
  it.each([false, true])("below the group month's items is last year's (classes stripped: %s)", (strip) => {
    expect(read(october + december, strip).activities).toEqual([
      { title: 'Pricing call', timestamp: '2026-10-14T00:00:00.000Z', dateText: undefined },
      { title: 'Year-end call', timestamp: '2025-12-28T00:00:00.000Z', dateText: undefined },
    ]);
  });

  it.each([false, true])(
    'above them and ahead of today is left unread and reported (classes stripped: %s)',
    (strip) => {
      const { activities, notRead } = read(december + october, strip);
      expect(activities).toEqual([
        { title: 'Year-end call', timestamp: undefined, dateText: 'Dec 28' },
        { title: 'Pricing call', timestamp: '2026-10-14T00:00:00.000Z', dateText: undefined },
      ]);
      expect(notRead.filter((n) => n.reason.includes('Dec 28')).length).toBe(1);
    },
  );

  it("above them and past is of the group's year", () => {
    expect(read(november + october, false).activities[0]).toEqual({
      title: 'Pilot call',
      timestamp: '2026-11-03T00:00:00.000Z',
      dateText: undefined,
    });
  });
});
