import { describe, expect, it } from 'vitest';
import { basisText } from '../../../lib/team/basis';
import { contactView, readContactPage } from '../csv-import/page-copy';
import { freshDb, importText, view } from './from-files/harness';

/**
 * Issue 14: every figure says what it is based on ("from 3,412 activities on 611 contacts; 38 %
 * of them imported"). metrics.md: "Activity: one logged event against a CRM record"; duplicates
 * "are merged before any count". A Salesforce "Tasks and Events" report (Subject, Assigned, Date,
 * Status, Task Subtype, Call Type, Call Result, Contact ID, Activity ID) lists Dana's call to
 * Jordan on 18 Nov; Jordan's contact page then shows that call (dated by its day, no id, as the
 * Lightning timeline shows a logged call) and a task, "Send proposal", done on 17 Nov, that the
 * report does not list.
 * By hand: two activities (the call, once, and the task) on one contact; one of them, the call,
 * came in the report: "50 % of them imported". The task is no touch (completed tasks are not
 * counted by default) but an activity all the same.
 */
const SF = { crm: 'salesforce', tenant: 'acme.lightning.force.com', recordId: '0035g00000AbCdEAAV' } as const;
const REPORT = [
  'Subject,Assigned,Date,Status,Task Subtype,Call Type,Call Result,Contact ID,Activity ID',
  'Call,Dana Reyes,11/18/2026,Completed,Call,Outbound,Connected,0035g00000AbCdE,00T5g00000Tk101',
].join('\n');

async function readJordan(db: Awaited<ReturnType<typeof freshDb>>) {
  await readContactPage(db, SF, [
    {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-17T23:00:00.000Z',
      timePrecision: 'day',
      title: 'Call',
      automated: false,
      outcome: 'connected',
      owner: 'Dana Reyes',
    },
    {
      type: 'task',
      direction: 'unknown',
      timestamp: '2026-11-16T23:00:00.000Z',
      timePrecision: 'day',
      title: 'Send proposal',
      automated: false,
      owner: 'Dana Reyes',
    },
  ]);
}

describe('the reps’ basis line when an imported call was also read on a page', () => {
  it('counts the call once, imported because one of its copies was, beside the task read', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', SF.tenant, REPORT);
    await readJordan(db);
    expect((await contactView(db, `salesforce:${SF.tenant}:contact:${SF.recordId}`)).touches.byChannel.call).toBe(1);
    const team = await view(db);
    expect(team.basis).toEqual({ activities: 2, contacts: 1, imported: 1 });
    expect(basisText(team.basis)).toBe('from 2 activities on 1 contact; 50 % of them imported');
  });
});
