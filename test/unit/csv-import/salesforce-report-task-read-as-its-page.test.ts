import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from './import-fixture';

/**
 * A Salesforce "Tasks and Events" report row is read as the Lightning page reader reads the same
 * Task, so the two copies of one touch merge (metrics.md, Duplicate rule 3: same channel,
 * direction and title) and a report alone counts what the page would:
 * - a logged email's Task is titled without Salesforce's "Email:" label (logged-email-title.ts);
 * - a Task (subtype "Task") whose subject names a message's channel is that touch
 *   (message-subject.ts): "LinkedIn: Congrats on the launch" is social, "SMS received: …" an sms
 *   that came in; "LinkedIn: View a Profile" is a look-up, still a task.
 */
const TENANT = 'acme.lightning.force.com';
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Contact ID';
const row = (subject: string, subtype: string) =>
  `${subject},Dana Reyes,11/17/2026,Completed,${subtype},0035g00000AbCdE`;

async function imported(...rows: string[]) {
  const db = await freshDb();
  await importText(db, 'salesforce', TENANT, [HEADER, ...rows].join('\n'));
  return (await dump(db)).map((a) => [a.title, a.type, a.direction]);
}

describe('a Salesforce report row read as its page reads the same Task', () => {
  it('titles a logged email without the "Email:" label, which a subject of the label alone keeps', async () => {
    expect(await imported(row('Email: Pricing for Q1', 'Email'))).toEqual([['Pricing for Q1', 'email', 'outbound']]);
    expect(await imported(row('Email:', 'Email'))).toEqual([['Email:', 'email', 'outbound']]);
  });

  it('reads a Task whose subject names LinkedIn or SMS as that touch, in its direction', async () => {
    expect(await imported(row('LinkedIn: Congrats on the launch', 'Task'))).toEqual([
      ['LinkedIn: Congrats on the launch', 'social', 'outbound'],
    ]);
    expect(await imported(row('SMS received: running late', 'Task'))).toEqual([
      ['SMS received: running late', 'sms', 'inbound'],
    ]);
    expect(await imported(row('LinkedIn: View a Profile', 'Task'))).toEqual([
      ['LinkedIn: View a Profile', 'task', 'unknown'],
    ]);
  });
});
