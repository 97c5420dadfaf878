import { describe, expect, it } from 'vitest';
import { cachedContact, dump, freshDb, importText } from './import-fixture';

const HEADER =
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs,Associated Contact email';

describe('an export row naming two contacts', () => {
  it('is linked to both by their ids, whatever its email column holds', async () => {
    const db = await freshDb();
    const row = '94001,Left a message,2026-11-13 11:00,Sam Ortiz,Outbound,502;501,riley@example.com;jordan@example.com';
    expect(await importText(db, 'hubspot', '123', [HEADER, row].join('\n'))).toMatchObject({ added: 1, invalid: 0 });
    expect((await dump(db))[0]?.contactKeys).toEqual(['hubspot:123:contact:501', 'hubspot:123:contact:502']);
  });

  it('is linked to both by email when it has no ids', async () => {
    const db = await freshDb();
    await db.put('contacts', cachedContact('hubspot', '123', '501', 'jordan@example.com'));
    await db.put('contacts', cachedContact('hubspot', '123', '502', 'riley@example.com'));
    const row = '94002,Left a message,2026-11-13 11:00,Sam Ortiz,Outbound,,riley@example.com;jordan@example.com';
    expect(await importText(db, 'hubspot', '123', [HEADER, row].join('\n'))).toMatchObject({ added: 1, invalid: 0 });
    expect((await dump(db))[0]?.contactKeys).toEqual(['hubspot:123:contact:501', 'hubspot:123:contact:502']);
  });
});

describe("two reps' look-alike calls on one deal, with ids of their own", () => {
  it('are two calls, not one call captured twice', async () => {
    const db = await freshDb();
    // No person id or email: both rows are linked to the deal alone.
    const csv = [
      'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Contact person,Deal ID',
      '401,Call,Call,2026-11-18,10:00,Done,Dana Reyes,Jordan Lee,801',
      '402,Call,Call,2026-11-18,10:00,Done,Sam Ortiz,Riley Chen,801',
    ].join('\n');
    expect(await importText(db, 'pipedrive', 'acme', csv)).toMatchObject({ added: 2, existing: 0 });
    expect((await dump(db)).map((r) => r.owner).sort()).toEqual(['Dana Reyes', 'Sam Ortiz']);
  });
});
