/**
 * A manager mapped the columns of the HubSpot account's activity export once (Touchline remembers
 * the mapping per account, docs/team-view.md) and set their name in HubSpot. They move to a new
 * laptop: Export everything on the old one, Import a backup file on the new one (an empty cache).
 * By hand (decisions.md "Backups (settings and data)"; docs/your-data.md "Export everything"): the
 * new laptop has the same settings and the same remembered column mappings as the old one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserDataDeps } from '../../../components/options/data/data-deps';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { loadDealMapping, saveDealMapping } from '../../../lib/csv-import/deals/mapping-store';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';
import { freshDb, NOW, TENANT } from '../db/world-readings';
import { workedCache } from './backup-world';

beforeEach(() => fakeBrowser.reset());

const mapping = {
  columns: { 'activity date': 'date', 'call outcome': 'outcome', notes: 'ignore' },
  dayFirst: false,
} as const;
const dealMapping = { columns: { 'deal name': 'name', 'deal stage': 'stage' } } as const;
/** What the other laptop remembers for the same account, mapped differently. */
const theirs = { columns: { 'activity date': 'date', 'call outcome': 'ignore' } } as const;

describe('moving to a new laptop with Export everything / Import a backup file', () => {
  it('brings the remembered CSV column mapping along with the settings (decisions.md "Backups (settings and data)")', async () => {
    await saveMapping('hubspot', TENANT, mapping);
    expect(await loadMapping('hubspot', TENANT)).toEqual(mapping);
    await updateSettings({ yourNames: { hubspot: 'Dana Reyes' } });
    const { blob } = await exportBackup(await workedCache(), await loadSettings(), NOW);

    fakeBrowser.reset();
    await importBackup(await freshDb(), blob, {
      now: NOW,
      retentionDays: 400,
      saveSettings: browserDataDeps.restoreSettings,
    });

    expect((await loadSettings()).yourNames).toEqual({ hubspot: 'Dana Reyes' });
    expect(await loadMapping('hubspot', TENANT)).toEqual(mapping);
  });

  it('writes each mapping as a line of its own, after the settings, counted in the end line', async () => {
    await saveMapping('hubspot', TENANT, mapping);
    await saveDealMapping('pipedrive', 'acme', dealMapping);
    const db = await freshDb();

    const lines = (await (await exportBackup(db, await loadSettings(), NOW)).blob.text()).trimEnd().split('\n');

    expect(lines.slice(2).map((line) => JSON.parse(line))).toEqual([
      { store: 'csvDealMapping', crm: 'pipedrive', tenant: 'acme', value: dealMapping },
      { store: 'csvMapping', crm: 'hubspot', tenant: TENANT, value: mapping },
      { format: 'touchline-backup-end', rows: 3 },
    ]);
  });

  it('replaces the mappings remembered here in a restore into an empty cache, as it does the settings', async () => {
    await saveMapping('hubspot', TENANT, mapping);
    const { blob } = await exportBackup(await workedCache(), await loadSettings(), NOW);
    await saveMapping('hubspot', TENANT, theirs);

    await importBackup(await freshDb(), blob, { now: NOW, retentionDays: 400 });

    expect(await loadMapping('hubspot', TENANT)).toEqual(mapping);
  });
});

describe('merging a backup into a cache that holds data', () => {
  it('keeps a mapping remembered here and takes the backup’s only for an account with none', async () => {
    await saveMapping('hubspot', TENANT, mapping);
    await saveDealMapping('hubspot', TENANT, dealMapping);
    const { blob } = await exportBackup(await workedCache(), await loadSettings(), NOW);
    fakeBrowser.reset();
    await saveMapping('hubspot', TENANT, theirs);

    await importBackup(await workedCache(), blob, { now: NOW, retentionDays: 400 });

    expect(await loadMapping('hubspot', TENANT)).toEqual(theirs);
    expect(await loadDealMapping('hubspot', TENANT)).toEqual(dealMapping);
  });
});
