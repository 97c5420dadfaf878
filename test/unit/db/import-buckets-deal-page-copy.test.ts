import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, dump, freshDb, importText } from '../csv-import/import-fixture';

/**
 * A call read on a deal page that names no contact (contracts.md: "deal touches are stored against
 * the deal, with a contact only where the page names one"), then a HubSpot calls export that names
 * the deal's contact (and no deal column). metrics.md duplicate rule 3: "same person (the contact,
 * or a contact of the same deal)" — one touch, which the panels already count once. The import
 * report should say it was already there (README/team-view.md: data-existing "rows already in the
 * cache"), not that one call was added.
 */
const call = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T13:30:00.000Z',
  timePrecision: 'minute',
  title: 'Discovery call',
  automated: false,
} as const;

/** Jordan Lee's contact page (nothing on it), then deal 701's page with the call, naming nobody. */
async function readPages(db: TouchlineDb, dealContacts: { id: string; name: string }[]) {
  const read = (result: Parameters<typeof saveReading>[1]) =>
    saveReading(db, result, CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
  await read(
    contactReadSchema.parse({
      crm: 'hubspot',
      tenant: '123',
      kind: 'contact',
      recordId: '501',
      status: 'read',
      record: { name: 'Jordan Lee' },
      activities: [],
      crmFigures: {},
      notRead: [],
    }),
  );
  await read(
    dealReadSchema.parse({
      crm: 'hubspot',
      tenant: '123',
      kind: 'deal',
      recordId: '701',
      status: 'read',
      record: { name: 'Acme renewal', stage: 'Negotiation', stageHistory: [], contacts: dealContacts },
      activities: [call],
      crmFigures: {},
      notRead: [],
    }),
  );
}

const EXPORT = [
  'Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
  'Discovery call,2026-11-18 14:30,Dana Reyes,Outbound,501',
].join('\n');

describe('a call read on a deal page naming nobody, then exported with the deal contact’s id', () => {
  it('is reported as already there, not added (metrics.md rule 3: same person = the contact, or a contact of the same deal)', async () => {
    const db = await freshDb();
    await readPages(db, [{ id: '501', name: 'Jordan Lee' }]);
    const report = await importText(db, 'hubspot', '123', EXPORT);
    expect([report.added, report.existing]).toEqual([0, 1]);
    // The stored deal-page row now names the contact the export named.
    expect((await dump(db)).map((a) => [a.dealKeys, a.contactKeys])).toEqual([
      [['hubspot:123:deal:701'], ['hubspot:123:contact:501']],
    ]);
  });

  it('(control) is added when the deal is not one of that contact’s', async () => {
    const db = await freshDb();
    await readPages(db, [{ id: '502', name: 'Sam Ortiz' }]);
    const report = await importText(db, 'hubspot', '123', EXPORT);
    expect([report.added, report.existing]).toEqual([1, 0]);
  });
});
