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
  title: 'Email: Pricing',
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
