import { describe, expect, it } from 'vitest';
import { freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';
import { HEADER, RILEY, RILEY_KEY, TENANT, timedCall } from './riley-report';

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
const REPORT = [
  HEADER,
  '"Call","Jordan Lee","11/18/2026","Not Started","Normal","","Riley Chen","0035g00000AbCdE","Northwind"',
  '"Call","Jordan Lee","11/18/2026","Completed","Normal","Connected","Riley Chen","0035g00000AbCdE","Northwind"',
].join('\r\n');

describe('an open "Call" task and a logged call of the same day in one report, with a page copy of the call', () => {
  it('page read first, then the report: one call', async () => {
    const db = await freshDb();
    await readContactPage(db, RILEY, [timedCall]);
    await importText(db, 'salesforce', TENANT, REPORT);
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(1);
  });

  it('report first, then the page: one call', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, REPORT);
    await readContactPage(db, RILEY, [timedCall]);
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(1);
  });
});
