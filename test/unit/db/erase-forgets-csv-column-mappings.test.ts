/**
 * A manager imported the HubSpot account's activity export, and Touchline remembered how its
 * columns map (storage.local `csvMapping:<crm>:<tenant>`, named by the export's own column
 * headers). Erasing the account, or everything, said nothing of it was left, yet the mapping stayed
 * and went on into the next "Export everything". By hand (docs/your-data.md "Erase"): erasing an
 * account forgets its mapping and no other account's; erasing everything forgets every mapping;
 * erasing one record forgets none.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '../../../lib/backup/export-backup';
import { loadDealMapping, saveDealMapping } from '../../../lib/csv-import/deals/mapping-store';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { eraseScope } from '../../../lib/db/erase';
import { defaultSettings } from '../../../lib/schema/settings';
import { CONTACT, workedCache } from '../backup/backup-world';
import { contactKey, NOW, TENANT, ZONE } from './world-readings';

beforeEach(() => fakeBrowser.reset());

const hubspot = { columns: { 'activity date': 'date', 'call outcome': 'outcome' }, dayFirst: false } as const;
const pipedrive = { columns: { 'due date': 'date', subject: 'subject' } } as const;
const hubspotDeals = { columns: { 'deal stage': 'stage' } } as const;

async function remembered() {
  return {
    hubspot: await loadMapping('hubspot', TENANT),
    hubspotDeals: await loadDealMapping('hubspot', TENANT),
    pipedrive: await loadMapping('pipedrive', 'acme'),
  };
}

describe('the CSV column mappings an erase leaves', () => {
  beforeEach(async () => {
    await saveMapping('hubspot', TENANT, hubspot);
    await saveMapping('pipedrive', 'acme', pipedrive);
    await saveDealMapping('hubspot', TENANT, hubspotDeals);
  });

  it('erasing an account forgets its mappings (activity and deal exports’), and no other account’s', async () => {
    const db = await workedCache();
    await eraseScope(db, { kind: 'account', crm: 'hubspot', tenant: TENANT });
    expect(await remembered()).toEqual({ hubspot: undefined, hubspotDeals: undefined, pipedrive });
    const backup = await (await exportBackup(db, defaultSettings(ZONE), NOW)).blob.text();
    expect(backup).not.toContain('"store":"csvMapping","crm":"hubspot"');
  });

  it('erasing everything forgets every mapping', async () => {
    await eraseScope(await workedCache(), { kind: 'all' });
    expect(await remembered()).toEqual({ hubspot: undefined, hubspotDeals: undefined, pipedrive: undefined });
  });

  it('erasing one record forgets none', async () => {
    await eraseScope(await workedCache(), { kind: 'record', recordKey: contactKey(CONTACT) });
    expect(await remembered()).toEqual({ hubspot, hubspotDeals, pipedrive });
  });
});
