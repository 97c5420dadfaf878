import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { Crm } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema, type ReadOk } from '../../../lib/schema/read-result';
import { freshDb } from '../csv-import/import-fixture';

/**
 * Versions before the readers dropped owner placeholders stored a contact's or deal's owner field
 * showing "(No owner)", "Kein Besitzer" or a Salesforce system user ("Automated Process") as its
 * owner. A page read today shows no owner, which a record keeps the stored one for (a field the
 * page did not show): the placeholder stayed the record's owner. Read again, it has none; a rep
 * the record names stays when an older reading arrives late with a placeholder.
 */
const BEFORE = new Date('2026-11-19T10:00:00Z');
const NOW = new Date('2026-11-20T15:00:00Z');
const TENANT: Record<Crm, string> = { pipedrive: 'acme', hubspot: '3300117', salesforce: 'acme.lightning.force.com' };

const reading = (crm: Crm, kind: 'contact' | 'deal', owner?: string): ReadOk => {
  const base = {
    crm,
    tenant: TENANT[crm],
    recordId: '7001',
    status: 'read',
    activities: [],
    crmFigures: {},
    notRead: [],
  };
  const record = { name: 'Northwind', ...(owner ? { owner } : {}) };
  return kind === 'contact'
    ? contactReadSchema.parse({ ...base, kind, record })
    : dealReadSchema.parse({ ...base, kind, record: { ...record, stageHistory: [], contacts: [] } });
};

async function ownerAfter(crm: Crm, kind: 'contact' | 'deal', first: [Date, string?], second: [Date, string?]) {
  const db = await freshDb();
  await saveReading(db, reading(crm, kind, first[1]), first[0], 'UTC');
  await saveReading(db, reading(crm, kind, second[1]), second[0], 'UTC');
  const record = await db.get(kind === 'contact' ? 'contacts' : 'deals', `${crm}:${TENANT[crm]}:${kind}:7001`);
  return record?.owner;
}

describe("a record's owner placeholder stored before is cleared by a reading naming no owner", () => {
  const cases: [Crm, 'contact' | 'deal', string][] = [
    ['pipedrive', 'contact', '(No owner)'],
    ['pipedrive', 'deal', 'Nicht zugewiesen'],
    ['hubspot', 'contact', 'Kein Besitzer'],
    ['salesforce', 'deal', 'Automated Process'],
  ];
  for (const [crm, kind, placeholder] of cases)
    it(`${crm} ${kind} stored as owned by "${placeholder}"`, async () => {
      expect(await ownerAfter(crm, kind, [BEFORE, placeholder], [NOW])).toBeUndefined();
    });

  it('an older reading arriving late with a placeholder leaves the rep the newer one named', async () => {
    expect(await ownerAfter('hubspot', 'contact', [NOW, 'Mia Rossi'], [BEFORE, 'No owner'])).toBe('Mia Rossi');
  });
});
