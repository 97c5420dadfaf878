import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAccounts, readOwners } from '../../../lib/team/read-lists';
import { contact, deal, email } from '../metrics/builders';
import { cacheWith } from './team-cache';

const OWNERS = ['Rita Haas', 'Alex Morgan', 'Casey Nguyen', 'Ängela Brandt'];

afterEach(() => vi.restoreAllMocks());

describe('the filter lists', () => {
  it('names every owner once, by name, whatever the number of their activities', async () => {
    const activities = Array.from({ length: 60 }, (_, i) =>
      email(new Date(Date.UTC(2026, 10, 1 + (i % 20))).toISOString(), `Mail ${i}`, {
        owner: OWNERS[(i * i) % OWNERS.length],
        key: `hubspot:1:activity:${i}`,
      }),
    );
    const db = await cacheWith({ activities });
    const oracle = [...new Set(activities.map((a) => a.owner as string))].sort((a, b) => a.localeCompare(b));
    expect(await readOwners(db)).toEqual(oracle);
  });

  it('seeks from owner to owner (a fresh cursor past each), never stepping a cursor through the index', async () => {
    const activities = Array.from({ length: 50 }, (_, i) =>
      email('2026-11-02T10:00:00Z', `Mail ${i}`, { owner: OWNERS[i % 2], key: `hubspot:1:activity:${i}` }),
    );
    const db = await cacheWith({ activities });
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    await readOwners(db);
    expect(steps).not.toHaveBeenCalled();
  });

  it('lists each account of the stored contacts and deals once', async () => {
    const db = await cacheWith({
      contacts: [
        contact(),
        contact({ key: 'hubspot:77:contact:1', tenant: '77', recordId: '1' }),
        contact({ key: 'pipedrive:acme:contact:1', crm: 'pipedrive', tenant: 'acme', recordId: '1' }),
      ],
      deals: [
        deal(),
        deal({ key: 'salesforce:x.lightning.force.com:deal:1', crm: 'salesforce', tenant: 'x.lightning.force.com' }),
      ],
    });
    expect((await readAccounts(db)).map((a) => `${a.crm}:${a.tenant}`)).toEqual([
      'hubspot:4410982',
      'hubspot:77',
      'pipedrive:acme',
      'salesforce:x.lightning.force.com',
    ]);
  });

  it('lists an account known only from imported activities, whose contacts were never opened here', async () => {
    // An import links rows to contacts by CRM id without caching the contacts (csv-import/link-row.ts).
    const imported = [1, 2].map((i) =>
      email(`2026-11-1${i}T10:00:00Z`, `Imported ${i}`, {
        owner: 'Casey Nguyen',
        origin: 'import',
        tenant: '5550001',
        key: `hubspot:5550001:activity:${i}`,
        contactKeys: ['hubspot:5550001:contact:77'],
      }),
    );
    const db = await cacheWith({ contacts: [contact()], activities: imported });
    expect((await readAccounts(db)).map((a) => `${a.crm}:${a.tenant}`)).toEqual(['hubspot:4410982', 'hubspot:5550001']);
  });
});
