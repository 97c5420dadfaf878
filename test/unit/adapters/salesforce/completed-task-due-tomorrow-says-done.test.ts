import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * Salesforce lists a Task under past activity once it is closed, whatever its due date, and the
 * timeline dates a task by its due date ("Tomorrow", crm-evidence-2.md). The rep had a follow-up
 * call task due Saturday 21 Nov, called on Friday 20 Nov, reached her and ticked the task done.
 * Its date alone (tomorrow) would read as not happened yet, so the reading says it is done
 * (`planned: false`), and the metrics count it now. A done item dated today or earlier needs no
 * such mark; an open task due tomorrow is planned.
 *
 * Oracle, by hand, read at 2026-11-20T15:00Z in UTC: the completed call on 2026-11-21 (its due
 * day) with `planned: false`; the email of Nov 12 with no `planned`; the open task due tomorrow
 * with `planned: true`.
 */
const completedCall = entry({
  object: 'Task',
  id: '00T5g00000Ab9Z1EAJ',
  subject: 'Follow-up call: pilot pricing',
  kind: 'call',
  iconTitle: 'Call',
  date: 'Tomorrow',
  checkbox: true,
  summary: 'You logged a call with Dana Whitfield',
  details: [['Call Result', 'Meaningful Connect']],
});
const email = entry({
  object: 'EmailMessage',
  id: '02s5g00000Ab8Y2EAJ',
  subject: 'Pilot pricing for 40 reefers',
  kind: 'email',
  iconTitle: 'Email',
  date: 'Nov 12',
  summary: 'You sent an email to Dana Whitfield',
});
const openTask = entry({
  object: 'Task',
  id: '00T5g00000Ab9Z2EAJ',
  subject: 'Send the pilot contract',
  kind: 'task',
  iconTitle: 'Task',
  date: 'Tomorrow',
  checkbox: false,
  summary: 'You have an upcoming Task with Dana Whitfield',
});
const page = recordPage(
  auraTimeline({ upcoming: openTask, groups: [{ heading: 'This Month', items: completedCall + email }] }),
);

describe('a task Salesforce shows completed but dates by a due day still ahead', () => {
  it.each([false, true])('is read as done on its due day (classes stripped: %s)', (strip) => {
    const read = readRecord(page, { strip }).activities.map(({ title, planned, timestamp }) => ({
      title,
      planned,
      timestamp,
    }));
    expect(read).toEqual([
      { title: 'Send the pilot contract', planned: true, timestamp: '2026-11-21T00:00:00.000Z' },
      { title: 'Follow-up call: pilot pricing', planned: false, timestamp: '2026-11-21T00:00:00.000Z' },
      { title: 'Pilot pricing for 40 reefers', planned: undefined, timestamp: '2026-11-12T00:00:00.000Z' },
    ]);
  });
});
