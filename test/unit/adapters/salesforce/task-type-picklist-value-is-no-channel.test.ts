import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * A plain to-do Task, done ("You had a Task with …", crm-evidence-2.md: "had" is done, and a Task is
 * a logged call or email only when its sentence or subject says so), expanded: its details show the
 * Task's standard "Type" picklist (Call / Email / Meeting / Other) and "Status", fields an org puts on
 * the Task compact layout the timeline expands. metrics.md: "Internal notes, tasks that were not a
 * contact … are not touches". README: every field has a second path that needs no classes.
 *
 * Oracle, by hand: each item is a Task by its icon title ("Task") and its sentence; with classes the
 * reader says `task` for all three. Without classes it must say the same (or report the type as not
 * read), never a held meeting, an outbound email or a call.
 */
const task = (subject: string, id: string, details: [string, string][]) =>
  entry({
    object: 'Task',
    id,
    subject,
    kind: 'task',
    iconTitle: 'Task',
    date: 'Nov 12',
    checkbox: true,
    summary: 'You had a Task with Dana Whitfield',
    details,
  });

const page = recordPage(
  auraTimeline({
    groups: [
      {
        heading: 'This Month',
        items:
          task('Prepare agenda', '00T8d00000Cc701AAV', [
            ['Type', 'Meeting'],
            ['Status', 'Completed'],
          ]) +
          task('Update account plan', '00T8d00000Cc702AAV', [
            ['Type', 'Email'],
            ['Priority', 'Normal'],
          ]) +
          task('Research account', '00T8d00000Cc703AAV', [['Type', 'Call']]),
      },
    ],
  }),
);

describe('a done to-do Task whose details show a Type value', () => {
  it.each([false, true])('stays a task, not a touch (classes stripped: %s)', (strip) => {
    const r = readRecord(page, { strip });
    const types = Object.fromEntries(r.activities.map((a) => [a.title, a.type]));
    expect(types).toEqual({ 'Prepare agenda': 'task', 'Update account plan': 'task', 'Research account': 'task' });
  });
});
