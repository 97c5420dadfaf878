import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { freshDb, NOW, ZONE } from '../db/world-readings';

/**
 * metrics.md "Logging a missed touch": a logged touch "is listed for export so it can be entered in
 * the CRM". contracts.md: the tenant is the HubSpot portal / the Salesforce org host (sandbox hosts
 * included). An import file goes into ONE account. A rep who works in two portals (or in an org and
 * its sandbox) logs a call in each; the export must not hand over one file holding both, or the
 * import into either account carries the other account's record ids (wrong or unmatched records).
 */
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

function contactPage(crm: 'hubspot' | 'salesforce', tenant: string, id: string, name: string) {
  return contactReadSchema.parse({
    crm,
    tenant,
    kind: 'contact',
    recordId: id,
    status: 'read',
    record: { name },
    activities: [],
    crmFigures: {},
    notRead: [],
  });
}

describe('export of logged touches from two accounts of one CRM', () => {
  it('HubSpot: a call logged in portal 4412345 and one in portal 7700001 are not in one import file', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage('hubspot', '4412345', '501', 'Ana Ortiz'), NOW, ZONE);
    await saveReading(db, contactPage('hubspot', '7700001', '902', 'Ben Hale'), NOW, ZONE);
    await logTouch(
      db,
      { recordKey: 'hubspot:4412345:contact:501', channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' },
      NOW,
    );
    await logTouch(
      db,
      { recordKey: 'hubspot:7700001:contact:902', channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' },
      NOW,
    );
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    const idsPerFile = files.map((f) =>
      parse(f.text)
        .data.map((r) => r['Contact record ID'])
        .sort(),
    );
    // Hand-worked: one file per portal, each with its own contact only.
    expect(idsPerFile.sort()).toEqual([['501'], ['902']]);
    expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
  });

  it('Salesforce: a call logged in the production org and one in its sandbox are not in one Data Loader file', async () => {
    const db = await freshDb();
    const prod = 'acme.lightning.force.com';
    const sandbox = 'acme--uat.sandbox.lightning.force.com';
    const a = '003Ak00000AbCdEIAZ';
    const b = '003Ak00000XyZwVIAZ';
    await saveReading(db, contactPage('salesforce', prod, a, 'Ana Ortiz'), NOW, ZONE);
    await saveReading(db, contactPage('salesforce', sandbox, b, 'Test Person'), NOW, ZONE);
    await logTouch(
      db,
      { recordKey: `salesforce:${prod}:contact:${a}`, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' },
      NOW,
    );
    await logTouch(
      db,
      { recordKey: `salesforce:${sandbox}:contact:${b}`, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' },
      NOW,
    );
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    const idsPerFile = files.map((f) =>
      parse(f.text)
        .data.map((r) => r.WhoId)
        .sort(),
    );
    expect(idsPerFile.sort()).toEqual([[a], [b]]);
    expect(files.map((f) => f.fileName).sort()).toEqual([
      'touchline-logged-salesforce-acme--uat.sandbox.lightning.force.com-2026-11-20.csv',
      'touchline-logged-salesforce-acme.lightning.force.com-2026-11-20.csv',
    ]);
  });
});
