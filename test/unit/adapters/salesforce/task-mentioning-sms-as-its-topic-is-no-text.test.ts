import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from '../../csv-import/import-fixture';
import { readSubjectTask } from './subject-task-page';

/**
 * "SMS" in a closed Task's subject is a text only where the subject says one went or came: at
 * its head ("SMS follow-up", "SMS received: …"), beside a direction word ("Outbound SMS to …",
 * "Reply to inbound SMS") or beside the rep's past act ("Texted …", "Sent SMS"). A subject that
 * only names SMS as its topic ("Draft SMS", "Review SMS campaign results") is the rep's work:
 * metrics.md counts no task that was not a contact. The same on the page and in a report export.
 * Oracle, by hand (review rg63b).
 */
const TOPICS = ['Review SMS campaign results', 'Draft SMS', 'Update MMS template'];

describe('Salesforce: a Task naming SMS as its topic', () => {
  it.each(TOPICS)('"%s" on the page stays a task', (subject) => {
    expect(readSubjectTask(subject, 'task')).toEqual(['task', 'unknown']);
  });

  it.each(TOPICS)('"%s" in a report export stays a task', async (subject) => {
    const db = await freshDb();
    const header = 'Subject,Assigned,Date,Status,Task Subtype,Contact ID';
    await importText(
      db,
      'salesforce',
      'acme.lightning.force.com',
      `${header}\n${subject},Dana Reyes,11/17/2026,Completed,Task,0035g00000AbCdE`,
    );
    expect((await dump(db)).map((a) => a.type)).toEqual(['task']);
  });

  it.each([
    'SMS follow-up',
    'Sent SMS to Dana re pilot dates',
    'Outbound SMS to Dana Whitfield',
    'MMS: floor plan photos',
  ])('(control) "%s" is a text the rep sent', (subject) => {
    expect(readSubjectTask(subject, 'task')).toEqual(['sms', 'outbound']);
  });
});
