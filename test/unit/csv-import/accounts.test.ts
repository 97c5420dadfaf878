import { describe, expect, it } from 'vitest';
import { knownAccounts, tenantFrom } from '../../../lib/csv-import/accounts';
import { likelyCrm } from '../../../lib/csv-import/detect-crm';
import { freshDb } from './import-fixture';

describe('the account a file comes from', () => {
  it.each([
    ['hubspot', '123456', '123456'],
    ['hubspot', 'https://app.hubspot.com/contacts/123456/record/0-1/901', '123456'],
    ['hubspot', 'acme', undefined],
    ['salesforce', 'acme.lightning.force.com', 'acme.lightning.force.com'],
    ['salesforce', 'https://Acme.my.salesforce.com/', 'acme.lightning.force.com'],
    ['salesforce', 'acme--dev.sandbox.lightning.force.com', 'acme--dev.sandbox.lightning.force.com'],
    ['salesforce', 'acme', 'acme.lightning.force.com'],
    // A sandbox's org name: its pages are on the sandbox host (crm-pages.md "Sandboxes").
    ['salesforce', 'acme--uat', 'acme--uat.sandbox.lightning.force.com'],
    ['pipedrive', 'acme.pipedrive.com', 'acme'],
    ['pipedrive', 'acme', 'acme'],
    ['pipedrive', 'not a name', undefined],
  ] as const)('%s account typed as %j is %j', (crm, typed, tenant) => {
    expect(tenantFrom(crm, typed)).toBe(tenant);
  });

  it('offers the accounts the cache has contacts or deals of, once each', async () => {
    const db = await freshDb();
    const base = { kind: 'contact' as const, name: 'x', lastReadAt: '2026-11-19T10:00:00.000Z' };
    await db.put('contacts', { ...base, key: 'hubspot:1:contact:1', crm: 'hubspot', tenant: '1', recordId: '1' });
    await db.put('contacts', { ...base, key: 'hubspot:1:contact:2', crm: 'hubspot', tenant: '1', recordId: '2' });
    await db.put('deals', {
      key: 'pipedrive:acme:deal:7',
      crm: 'pipedrive',
      tenant: 'acme',
      kind: 'deal',
      recordId: '7',
      name: 'Deal',
      stageHistory: [],
      contacts: [],
      lastReadAt: '2026-11-19T10:00:00.000Z',
    });
    expect(await knownAccounts(db)).toEqual([
      { crm: 'hubspot', tenant: '1' },
      { crm: 'pipedrive', tenant: 'acme' },
    ]);
  });
});

describe('likelyCrm', () => {
  it('names the CRM whose export headers a file has', () => {
    expect(likelyCrm(['Record ID', 'Call title', 'Activity date', 'Activity assigned to'])).toBe('hubspot');
    expect(likelyCrm(['Subject', 'Assigned', 'Date', 'Call Result', 'Activity ID'])).toBe('salesforce');
    expect(likelyCrm(['ID', 'Subject', 'Type', 'Due date', 'Due time', 'Assigned to user'])).toBe('pipedrive');
  });

  it('names none when the headers fit several equally', () => {
    expect(likelyCrm(['Subject'])).toBeUndefined();
    expect(likelyCrm(['Notes'])).toBeUndefined();
  });
});
