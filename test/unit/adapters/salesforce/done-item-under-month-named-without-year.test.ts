import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * Past activities are grouped under period headings (crm-evidence-2.md); here an older month's
 * heading names its month without a year ("February"). README: "A day printed without a year is
 * read by what the item is: a done item's is the most recent such day". A logged call is done and
 * is dated the day it was made (crm-evidence-2.md: "had"/"logged" means done).
 *
 * Oracle, by hand, read at 2026-11-20T15:00Z: the call "Feb 14" under "February" was made on
 * 2026-02-14, and a task done "Dec 3" under "December" on 2025-12-03 (last December: this one is
 * still ahead). Before, a month alone was taken for a group named relative to today and the
 * occurrence nearest today chosen, 2027-02-14, three months ahead: a done call in the future,
 * outside every period.
 */
const call = entry({
  object: 'Task',
  id: '00T8d00000Cc801AAV',
  subject: 'Renewal check-in call',
  kind: 'call',
  iconTitle: 'Call',
  date: 'Feb 14',
  checkbox: true,
  summary: 'You logged a call with Dana Whitfield',
});
const task = entry({
  object: 'Task',
  id: '00T8d00000Cc802AAV',
  subject: 'Send year-end summary',
  kind: 'task',
  iconTitle: 'Task',
  date: 'Dec 3',
  checkbox: true,
  summary: 'You had a Task with Dana Whitfield',
});
const page = recordPage(
  auraTimeline({
    groups: [
      { heading: 'February', items: call },
      { heading: 'December', items: task },
    ],
  }),
);

describe('done items under month groups named without a year', () => {
  it.each([false, true])('are on the most recent such day, never in the future (classes stripped: %s)', (strip) => {
    const read = readRecord(page, { strip }).activities.map(({ title, type, planned, timestamp }) => ({
      title,
      type,
      planned,
      timestamp,
    }));
    expect(read).toEqual([
      { title: 'Renewal check-in call', type: 'call', planned: undefined, timestamp: '2026-02-14T00:00:00.000Z' },
      { title: 'Send year-end summary', type: 'task', planned: undefined, timestamp: '2025-12-03T00:00:00.000Z' },
    ]);
  });
});
