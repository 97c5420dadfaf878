import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from '../../csv-import/import-fixture';
import { readSubjectTask } from './subject-task-page';

/**
 * A closed Task whose subject names a message as the topic of the rep's work is a task, not a
 * message: the term right after "re"/"about" ("Call back re SMS"), right before a work noun ("Review
 * SMS campaign results", "Update MMS template"), or in a subject opening with an order ("Draft
 * SMS", "Draft LinkedIn message to Dana"). metrics.md counts no task that was not a contact. The
 * same Task read on the page and imported from a report reads alike. A subject saying a text went
 * or came stays one, wherever "SMS" stands ("Sent Dana Whitfield a quick SMS", "Reply to inbound
 * SMS about the pilot"), and a channel name beside a direction or follow-up word is no message by
 * itself ("LinkedIn outbound playbook review", "Qualify inbound WhatsApp lead"). Oracle, by hand
 * (reviews rg63b, rg64a).
 */
const TOPICS = [
  'Review SMS campaign results',
  'Draft SMS',
  'Update MMS template',
  'Draft LinkedIn message to Dana',
  'Question re SMS opt-out',
  'LinkedIn outbound playbook review',
  'WhatsApp follow-up template draft',
  'Qualify inbound WhatsApp lead',
];

describe('Salesforce: a Task naming a message as its topic', () => {
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
    'Sent Dana Whitfield a quick SMS',
    'Sent the pricing recap to Dana by SMS',
    'Outbound SMS to Dana Whitfield',
    'Reply to inbound SMS about the pilot',
    'MMS: floor plan photos',
  ])('(control) "%s" is a text the rep sent', (subject) => {
    expect(readSubjectTask(subject, 'task')).toEqual(['sms', 'outbound']);
  });
});
