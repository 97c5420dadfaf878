import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import { view } from '../team/from-files/harness';
import { dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';
import { HEADER, RILEY, RILEY_KEY, TENANT, timedCall } from './riley-report';

/**
 * A Salesforce "Activities with Contacts" report exported "Details Only" with the report's own
 * columns (docs/team-view.md export table: Subject, Assigned, Date, Status, Call Result, Contact,
 * Contact ID; Activity ID is a column a manager must add, so it is often missing). Task dates are
 * date-only. Riley was dialled three times on 18 Nov: two unanswered attempts, then a connect.
 * Three rows of one report are three tasks the CRM listed apart (here even the Call Result
 * differs, so they cannot be one activity printed twice): keyed `<key>`, `<key>:2`, `<key>:3`
 * (lib/csv-import/row-ordinal.ts), and the duplicate rules keep rows so listed apart two touches
 * (lib/metrics/duplicate-rules.ts listedApart). metrics.md: connect rate = connected calls / call
 * attempts. By hand: 3 call attempts, 1 connected; the report adds 3 rows, none "already there".
 * Clock 2026-11-20 15:00Z, zone Berlin (import-fixture.ts).
 */
const ROWS = [
  '"Call","Jordan Lee","11/18/2026","Completed","Normal","No Answer","Riley Chen","0035g00000AbCdE","Northwind"',
  '"Call","Jordan Lee","11/18/2026","Completed","Normal","No Answer","Riley Chen","0035g00000AbCdE","Northwind"',
  '"Call","Jordan Lee","11/18/2026","Completed","Normal","Connected","Riley Chen","0035g00000AbCdE","Northwind"',
];
const REPORT = [HEADER, ...ROWS].join('\r\n');
/** What Touchline before 0.7.26 stored of the report: one row under the natural key, the first. */
const FIRST_ONLY = [HEADER, ROWS[0]].join('\r\n');

/** The page's copy of a dial of that day, dated only by the day (keyed as the report's first row). */
const datedCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-17T23:00:00.000Z',
  timePrecision: 'day',
  title: 'Call',
  automated: false,
};

const calls = async (db: Awaited<ReturnType<typeof freshDb>>) =>
  (await dump(db)).filter((a) => a.type === 'call' && a.origin !== 'logged-in-touchline');

describe('three dials on one day in a Salesforce report without Activity ID', () => {
  it('are three calls, and the report does not call two of them already there', async () => {
    const db = await freshDb();
    const report = await importText(db, 'salesforce', TENANT, REPORT);
    expect(report).toMatchObject({ rows: 3, added: 3, existing: 0 });
    expect(await calls(db)).toHaveLength(3);
  });

  it("the rep's connect rate is 1 of 3", async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, REPORT);
    const jordan = (await view(db)).reps.find((r) => r.rep === 'Jordan Lee');
    expect(jordan?.counts.byChannel.call).toBe(3);
    expect(jordan?.connectRate).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('imported again, add nothing', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, REPORT);
    expect(await importText(db, 'salesforce', TENANT, REPORT)).toMatchObject({ added: 0, existing: 3 });
    expect(await calls(db)).toHaveLength(3);
  });

  it('imported after an older version stored the first, add the second and third', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, FIRST_ONLY);
    expect(await importText(db, 'salesforce', TENANT, REPORT)).toMatchObject({ added: 2, existing: 1 });
    expect(await calls(db)).toHaveLength(3);
  });

  it('imported in batches of one row, are three calls still', async () => {
    const db = await freshDb();
    expect(await importText(db, 'salesforce', TENANT, REPORT, { batchSize: 1 })).toMatchObject({ added: 3 });
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(3);
  });
});

describe("a page copy of one of the day's dials", () => {
  it('read before the import, is one of the three: the report adds the other two', async () => {
    const db = await freshDb();
    await readContactPage(db, RILEY, [timedCall]);
    expect(await importText(db, 'salesforce', TENANT, REPORT)).toMatchObject({ added: 2, existing: 1 });
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(3);
    expect(await importText(db, 'salesforce', TENANT, REPORT)).toMatchObject({ added: 0, existing: 3 });
  });

  it('read after the import, shown with its time, joins one of them: three calls', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, REPORT);
    await readContactPage(db, RILEY, [timedCall]);
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(3);
  });

  it('read after the import, dated by the day, is the first row: no fourth row, three calls', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, REPORT);
    await readContactPage(db, RILEY, [datedCall, datedCall, datedCall]);
    expect(await calls(db)).toHaveLength(3);
    expect((await contactView(db, RILEY_KEY)).touches.byChannel.call).toBe(3);
  });
});
