import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import { freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * A Salesforce "Activities with Contacts" report (Details Only, no Activity ID column: the
 * report's default columns Subject, Assigned, Date, Status, Call Result, Contact, Contact ID).
 * Jordan had an open task "Call" due 18 Nov for Riley; on 18 Nov Jordan phoned Riley and logged
 * the call with "Log a Call" (a second, completed Task, subject "Call"), leaving the open task
 * open. The report lists both rows, same subject and date: one open task (no touch: metrics.md,
 * planned items are no touches) and one completed call. Riley's contact page shows the logged
 * call with its time (16:40 Berlin).
 *
 * By hand: one call made. metrics.md "Duplicate" rule 3 / decisions.md "Page ↔ CSV copies of one
 * touch merge by the duplicate rules": the page copy and the report's completed row are one
 * touch, whichever came first.
 *
 * The report's rows have one natural key. Were the open task counted as the file's first row, the
 * completed call would be a later one (`<key>:2`), which the duplicate rules keep apart from the
 * page copy of its own call, and the panel would show 2 calls: planned rows are counted apart from
 * done ones (lib/csv-import/row-ordinal.ts).
 */
const TENANT = 'acme.lightning.force.com';
const HEADER =
  '"Subject","Assigned","Date","Status","Priority","Call Result","Contact","Contact ID","Company / Account"';
const REPORT = [
  HEADER,
  '"Call","Jordan Lee","11/18/2026","Not Started","Normal","","Riley Chen","0035g00000AbCdE","Northwind"',
  '"Call","Jordan Lee","11/18/2026","Completed","Normal","Connected","Riley Chen","0035g00000AbCdE","Northwind"',
].join('\r\n');

const RILEY = { crm: 'salesforce', tenant: TENANT, recordId: '0035g00000AbCdEAAV' } as const;
const RILEY_KEY = `salesforce:${TENANT}:contact:0035g00000AbCdEAAV`;
/** The page's copy of the logged call, with its time. */
const loggedCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T15:40:00.000Z',
  timePrecision: 'minute',
  title: 'Call',
  outcome: 'connected',
  automated: false,
};

describe('an open "Call" task and a logged call of the same day in one report, with a page copy of the call', () => {
  it('page read first, then the report: one call', async () => {
    const db = await freshDb();
    await readContactPage(db, RILEY, [loggedCall]);
    await importText(db, 'salesforce', TENANT, REPORT);
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(1);
  });

  it('report first, then the page: one call', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, REPORT);
    await readContactPage(db, RILEY, [loggedCall]);
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(1);
  });
});
