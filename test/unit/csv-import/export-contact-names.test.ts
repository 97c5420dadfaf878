import { describe, expect, it } from 'vitest';
import { contactFromReading } from '../../../lib/db/page-records';
import { cachedContact, freshDb, importText } from './import-fixture';

/*
 * A contact an export names by id that no page has shown is kept with the name the export gives
 * it (lib/csv-import/export-contacts.ts), so the team page can say who it is; a contact a page
 * read keeps its own record.
 */
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact,Associated Contact IDs',
  '90001,Discovery call,2026-10-31 14:30,Dana Reyes,Outbound,Connected,Jordan Lee (jordan@example.com),501',
  '90002,Intro,2026-11-18 14:30,Dana Reyes,Outbound,Connected,Someone Else,502',
  '90003,Follow-up,2026-11-19 14:30,Dana Reyes,Outbound,Connected,Jordan L.,501',
].join('\n');

describe('import: contacts known only from the export', () => {
  it('keeps the export’s name, without the address beside it, and leaves a page-read contact as it was', async () => {
    const db = await freshDb();
    const read = cachedContact('hubspot', '123', '502', 'riley@example.com');
    await db.put('contacts', read);
    const report = await importText(db, 'hubspot', '123', EXPORT);
    expect(report).toMatchObject({ added: 3, unlinked: 0 });
    expect(await db.get('contacts', 'hubspot:123:contact:501')).toEqual({
      key: 'hubspot:123:contact:501',
      crm: 'hubspot',
      tenant: '123',
      kind: 'contact',
      recordId: '501',
      name: 'Jordan Lee',
      lastReadAt: '1970-01-01T00:00:00.000Z',
    });
    expect(await db.get('contacts', 'hubspot:123:contact:502')).toEqual(read);
  });

  it('changes nothing when the same file is imported again', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '123', EXPORT);
    const before = await db.getAll('contacts');
    expect(await importText(db, 'hubspot', '123', EXPORT)).toMatchObject({ added: 0, existing: 3 });
    expect(await db.getAll('contacts')).toEqual(before);
  });

  it('gives way to the first page reading of the contact', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '123', EXPORT);
    const stored = await db.get('contacts', 'hubspot:123:contact:501');
    const now = new Date('2026-11-20T15:00:00Z');
    const read = contactFromReading(
      {
        status: 'read',
        crm: 'hubspot',
        tenant: '123',
        kind: 'contact',
        recordId: '501',
        record: { name: 'Jordan Lee-Park', email: 'jordan@example.com' },
        activities: [],
        crmFigures: {},
        notRead: [],
      },
      'hubspot:123:contact:501',
      stored,
      now,
    );
    expect(read).toMatchObject({ name: 'Jordan Lee-Park', email: 'jordan@example.com', lastReadAt: now.toISOString() });
  });
});
