import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * decisions.md: page ↔ CSV copies of one touch merge by the duplicate rules, which ask for the
 * same direction. An export row that states none takes the direction the CRM's page reader gives.
 */
const SF = { crm: 'salesforce', tenant: 'acme.lightning.force.com', recordId: '0035g00000AbCdEAAV' } as const;
const SF_KEY = `salesforce:${SF.tenant}:contact:${SF.recordId}`;
// A Salesforce activity report: no Call Type column, so no direction stated.
const SF_REPORT = [
  'Subject,Assigned,Date,Status,Task Subtype,Contact ID',
  'Email: Pricing,Dana Reyes,11/17/2026,Completed,Email,0035g00000AbCdE',
].join('\n');
// The same task on the Salesforce contact page: outbound, dated without a time, no id shown.
const sfPageEmail: ActivityReading = {
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  timestamp: '2026-11-16T23:00:00.000Z',
  timePrecision: 'day',
  title: 'Pricing',
  automated: false,
};

describe('a Salesforce email read from its page and from a report without a direction column', () => {
  it('is one email whichever comes first', async () => {
    const importFirst = await freshDb();
    expect(await importText(importFirst, 'salesforce', SF.tenant, SF_REPORT)).toMatchObject({ added: 1, invalid: 0 });
    await readContactPage(importFirst, SF, [sfPageEmail]);
    expect((await contactView(importFirst, SF_KEY)).touches.byChannel.email).toBe(1);

    const pageFirst = await freshDb();
    await readContactPage(pageFirst, SF, [sfPageEmail]);
    expect(await importText(pageFirst, 'salesforce', SF.tenant, SF_REPORT)).toMatchObject({ added: 0, existing: 1 });
    expect((await dump(pageFirst)).filter((a) => a.type === 'email')).toHaveLength(1);
  });
});

describe('a HubSpot meeting read from its page and from a meetings export', () => {
  it('is one held meeting', async () => {
    const db = await freshDb();
    const csv = [
      'Record ID,Meeting name,Meeting start time,Activity assigned to,Meeting outcome,Associated Contact IDs',
      '95001,Demo,2026-11-18 14:30,Dana Reyes,Completed,501',
    ].join('\n');
    await importText(db, 'hubspot', '123', csv);
    await readContactPage(db, { crm: 'hubspot', tenant: '123', recordId: '501' }, [
      {
        type: 'meeting',
        channel: 'meeting',
        direction: 'outbound',
        timestamp: '2026-11-18T13:30:00.000Z',
        timePrecision: 'minute',
        title: 'Demo',
        automated: false,
        outcome: 'held',
      },
    ]);
    const view = await contactView(db, 'hubspot:123:contact:501');
    expect([view.touches.byChannel.meeting, view.outcomes.meetingsHeld]).toEqual([1, 1]);
  });
});

describe('an export row with a time of day, merged into a page row dated only', () => {
  const pageLunch: ActivityReading = {
    type: 'meeting',
    channel: 'meeting',
    direction: 'outbound',
    timestamp: '2026-11-19T23:00:00.000Z', // today, 20 Nov, 00:00 in Europe/Berlin
    timePrecision: 'day',
    title: 'Lunch with Riley',
    automated: false,
    // As the Pipedrive page reader gives it (item-title.ts sourceIdOf): the kind before the id.
    sourceId: 'activity:303',
  };
  const export303 = [
    'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Person ID',
    '303,Lunch with Riley,Lunch,2026-11-20,12:00,Done,Sam Ortiz,12',
  ].join('\n');

  it('gives the stored row its time of day, so a lunch at 12:00 today (now 16:00) was held', async () => {
    const db = await freshDb();
    const ref = { crm: 'pipedrive', tenant: 'acme', recordId: '12' } as const;
    await readContactPage(db, ref, [pageLunch]);
    expect(await importText(db, 'pipedrive', 'acme', export303)).toMatchObject({ added: 0, existing: 1 });
    expect(await dump(db)).toMatchObject([{ timestamp: '2026-11-20T11:00:00.000Z', timePrecision: 'minute' }]);
    expect((await contactView(db, 'pipedrive:acme:contact:12')).outcomes.meetingsHeld).toBe(1);
  });

  it('keeps a second timed call of that day a call of its own', async () => {
    const db = await freshDb();
    const pageCall = { ...sfPageEmail, type: 'call', channel: 'call', title: 'Call' } as const;
    await readContactPage(db, SF, [{ ...pageCall, timestamp: '2026-11-17T23:00:00.000Z' }]);
    const report = [
      'Subject,Assigned,Date,Time,Status,Task Subtype,Call Type,Contact ID',
      'Call,Dana Reyes,11/18/2026,9:00 AM,Completed,Call,Outbound,0035g00000AbCdE',
      'Call,Dana Reyes,11/18/2026,3:00 PM,Completed,Call,Outbound,0035g00000AbCdE',
    ].join('\n');
    await importText(db, 'salesforce', SF.tenant, report);
    expect((await contactView(db, SF_KEY)).touches.byChannel.call).toBe(2);
  });
});

describe('a stored row whose direction was not known', () => {
  it('is the same touch as an export row that knows it, which fills it in (re-importing a file from before 0.7.3 too)', async () => {
    const db = await freshDb();
    // The Salesforce email as a page that showed no direction read it (the same as 0.7.2 imported it).
    await readContactPage(db, SF, [{ ...sfPageEmail, direction: 'unknown' }]);
    expect(await importText(db, 'salesforce', SF.tenant, SF_REPORT)).toMatchObject({ added: 0, existing: 1 });
    expect((await dump(db)).map((a) => [a.type, a.direction])).toEqual([['email', 'outbound']]);
    // Once filled in, it is that row's own bucket that holds it: importing again finds it there.
    expect(await importText(db, 'salesforce', SF.tenant, SF_REPORT)).toMatchObject({ added: 0, existing: 1 });
  });
});
