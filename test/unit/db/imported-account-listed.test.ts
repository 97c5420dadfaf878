import { describe, expect, it } from 'vitest';
import { eraseScope } from '../../../lib/db/erase';
import { storedAccounts } from '../../../lib/db/erase-scopes';
import { importActivities } from '../../../lib/db/import-activities';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { Activity } from '../../../lib/schema/activity';
import { contactKey, contactReading, freshDb, NOW, TENANT, workedContact, ZONE } from './world-readings';

/** A call from a manager's HubSpot activity export (team page CSV import), portal 777, contact 5. */
function exportedCall(n: number, tenant = '777'): Activity {
  return {
    key: `hubspot:${tenant}:activity:${n}`,
    crm: 'hubspot',
    tenant,
    owner: 'Dana Reyes',
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: `2026-11-0${n}T09:00:00.000Z`,
    title: `Call ${n}`,
    automated: false,
    sourceId: String(n),
    contactKeys: [`hubspot:${tenant}:contact:5`],
    dealKeys: [],
    origin: 'import',
  };
}

/**
 * docs/your-data.md: "What is stored" lists contacts, deals, activities and logged touches per CRM
 * account, and each account's row has its own Erase button. Activities imported from a CRM
 * export on the team page, for an account whose pages were never opened, are stored data of that
 * account: the user must see them there and be able to erase that account alone.
 */
describe('an account holding only imported activities', () => {
  it('is listed under "What is stored" with its 3 activities', async () => {
    const db = await freshDb();
    await importActivities(db, [exportedCall(1), exportedCall(2), exportedCall(3)], 'UTC');
    expect(await db.count('activities')).toBe(3);
    expect(await storedAccounts(db)).toEqual([
      { crm: 'hubspot', tenant: '777', contacts: 0, deals: 0, activities: 3, logged: 0 },
    ]);
  });
});

describe('accounts found from the activities store’s keys', () => {
  it('lists each account once, with its own count, beside one with contacts', async () => {
    const db = await freshDb();
    await importActivities(db, [exportedCall(1, '12'), exportedCall(2, '12'), exportedCall(1, '777')], 'UTC');
    const contact = workedContact();
    await saveReading(db, contactReading(contact), NOW, ZONE);
    await logTouch(db, { recordKey: contactKey(contact), channel: 'call' }, NOW);
    const accounts = await storedAccounts(db);
    expect(accounts.map((a) => [a.tenant, a.contacts, a.activities > 0, a.logged])).toEqual([
      ['12', 0, true, 0],
      [TENANT, 1, true, 1],
      ['777', 0, true, 0],
    ]);
    expect(accounts.find((a) => a.tenant === '12')?.activities).toBe(2);
    // Its own Erase button takes that account alone.
    await eraseScope(db, { kind: 'account', crm: 'hubspot', tenant: '12' });
    expect((await storedAccounts(db)).map((a) => a.tenant)).toEqual([TENANT, '777']);
  });
});
