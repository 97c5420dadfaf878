import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, dump, freshDb, importText } from '../csv-import/import-fixture';
import { contactView, readContactPage } from '../csv-import/page-copy';

/**
 * decisions.md "Import of CRM exports": page ↔ CSV copies of one touch merge by the duplicate
 * rules. The deal page (read 16:00 Berlin, 15:00Z) shows a call with Jordan "2 hours ago" (13:00Z);
 * the HubSpot calls export has it at 13:25 Berlin (12:25Z) with its contact and its deal. With only
 * the contact column the export row is found as the page's copy (1 call); naming the deal as well
 * must not change that: the stored row is met in the contact's bucket and in the deal's
 * (lib/db/import-buckets.ts storedByRecord parses it per record), and is still one candidate
 * (sameTouchStored tells candidates apart by key), not two it cannot choose between.
 */
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;
const JORDAN_KEY = 'hubspot:123:contact:501';
const countedCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-20T13:00:00.000Z',
  timePrecision: 'minute',
  relativeTime: true,
  title: 'Discovery call',
  automated: false,
  contactIds: ['501'],
};
const dealPage = dealReadSchema.parse({
  crm: 'hubspot',
  tenant: '123',
  kind: 'deal',
  recordId: '777',
  status: 'read',
  record: { name: 'Renewal', stage: 'Negotiation', stageHistory: [], contacts: [{ id: '501', name: 'Jordan Lee' }] },
  activities: [countedCall],
  crmFigures: {},
  notRead: [],
});

async function importedAfterDealPage(exportText: string) {
  const db = await freshDb();
  await readContactPage(db, JORDAN, []);
  await saveReading(db, dealPage, CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
  const report = await importText(db, 'hubspot', '123', exportText);
  return { report, rows: await dump(db), calls: (await contactView(db, JORDAN_KEY)).touches.byChannel.call };
}

describe('a call read "2 hours ago" on a deal page naming the contact, then exported with contact and deal', () => {
  it('the export row naming the contact and the deal is the page copy too: one row, one call', async () => {
    // Control: naming only the contact, the row is found as the page's copy.
    const control = await importedAfterDealPage(
      [
        'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
        '90001,Discovery call,2026-11-20 13:25,Dana Reyes,Outbound,501',
      ].join('\n'),
    );
    expect([control.report.added, control.report.existing, control.rows.length, control.calls]).toEqual([0, 1, 1, 1]);

    const { report, rows, calls } = await importedAfterDealPage(
      [
        'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs,Associated Deal IDs',
        '90001,Discovery call,2026-11-20 13:25,Dana Reyes,Outbound,501,777',
      ].join('\n'),
    );
    expect(calls).toBe(1);
    expect([report.added, report.existing, rows.length]).toEqual([0, 1, 1]);
  });
});
